package ai.ope.responses.testkit;

import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponseStatus;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseCreatedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The endpoints that work on stored responses: retrieve (and replay), delete, cancel, list. */
final class StoredEndpoints {

  private final ResponseStore store;

  StoredEndpoints(ResponseStore store) {
    this.store = store;
  }

  Answer retrieve(Reply reply, String id, RecordedRequest request) {
    Optional<ResponseStore.Entry> found = store.update(id, entry -> entry.pending() == null
        ? entry : new ResponseStore.Entry(entry.pending(), entry.inputItems(), entry.events(),
            null));
    if (found.isEmpty()) {
      return notFound(id);
    }
    QueryParameters query = QueryParameters.parse(request.query());
    String stream = query.first("stream").orElse("false");
    if (!stream.equals("true") && !stream.equals("false")) {
      return Answer.invalidRequest(400, "Invalid 'stream': expected true or false.", "stream",
          "invalid_value");
    }
    if (stream.equals("false")) {
      return new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(found.get().response())));
    }
    int startingAfter;
    try {
      startingAfter = Integer.parseInt(query.first("starting_after").orElse("-1"));
    } catch (NumberFormatException e) {
      return Answer.invalidRequest(400, "Invalid 'starting_after': expected an integer.",
          "starting_after", "invalid_type");
    }
    List<ResponseStreamEvent> events = replayable(found.get());
    List<ResponseStreamEvent> after = events.stream()
        .filter(event -> event.sequenceNumber() == null || event.sequenceNumber() > startingAfter)
        .toList();
    return new Answer(reply, new Outcome.Events(after));
  }

  Answer delete(Reply reply, String id) {
    if (!store.remove(id)) {
      return notFound(id);
    }
    DeletedResponse deleted = new DeletedResponse(id, "response", true);
    return new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(deleted)));
  }

  Answer cancel(Reply reply, String id) {
    Optional<ResponseStore.Entry> entry = store.get(id);
    if (entry.isEmpty()) {
      return notFound(id);
    }
    if (!Boolean.TRUE.equals(entry.get().response().background())) {
      return Answer.invalidRequest(400,
          "Only responses created with background set to true can be cancelled.", null, null);
    }
    Optional<ResponseStore.Entry> cancelled = store.update(id, current -> current.pending() == null
        ? current
        : new ResponseStore.Entry(
            current.response().toBuilder().status(ResponseStatus.CANCELLED).build(),
            current.inputItems(), List.of(), null));
    return new Answer(reply, new Outcome.Json(200,
        ResponsesJson.toJson(cancelled.orElseThrow().response())));
  }

  Answer inputItems(Reply reply, String id, RecordedRequest request) {
    Optional<ResponseStore.Entry> entry = store.get(id);
    if (entry.isEmpty()) {
      return notFound(id);
    }
    QueryParameters query = QueryParameters.parse(request.query());
    List<InputItem> items = new ArrayList<>(entry.get().inputItems());
    String order = query.first("order").orElse("desc");
    if (!order.equals("asc") && !order.equals("desc")) {
      return Answer.invalidRequest(400, "Invalid 'order': expected 'asc' or 'desc'.", "order",
          "invalid_value");
    }
    if (order.equals("desc")) {
      Collections.reverse(items);
    }
    int limit;
    try {
      limit = Integer.parseInt(query.first("limit").orElse("20"));
    } catch (NumberFormatException e) {
      limit = 0;
    }
    if (limit < 1 || limit > 100) {
      return Answer.invalidRequest(400, "Invalid 'limit': expected an integer from 1 to 100.",
          "limit", "invalid_value");
    }
    int start = 0;
    Optional<String> after = query.first("after");
    if (after.isPresent()) {
      start = indexOf(items, after.get()) + 1;
      if (start == 0) {
        return Answer.invalidRequest(400, "Invalid 'after': no input item '"
            + ApiErrors.shown(after.get()) + "'.", "after", "invalid_value");
      }
    }
    List<InputItem> page = items.subList(start, Math.min(items.size(), start + limit));
    JsonObject nulls = Json.PROVIDER.createObjectBuilder()
        .add("first_id", JsonValue.NULL).add("last_id", JsonValue.NULL).build();
    InputItemList list = new InputItemList("list", List.copyOf(page),
        page.isEmpty() ? null : idOf(page.get(0)),
        page.isEmpty() ? null : idOf(page.get(page.size() - 1)),
        start + limit < items.size(), nulls);
    return new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(list)));
  }

  /** The recorded events, or for a response stored without them, its creation and completion. */
  private static List<ResponseStreamEvent> replayable(ResponseStore.Entry entry) {
    if (!entry.events().isEmpty()) {
      return entry.events();
    }
    Response response = entry.response();
    return List.of(
        new ResponseCreatedEvent(0, response.toBuilder()
            .status(ResponseStatus.IN_PROGRESS).output(List.of()).build()),
        new ResponseCompletedEvent(1, response));
  }

  private static int indexOf(List<InputItem> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (id.equals(idOf(items.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  private static String idOf(InputItem item) {
    return Json.parse(ResponsesJson.toJson(item))
        .map(json -> json.asJsonObject().get("id"))
        .filter(JsonString.class::isInstance)
        .map(id -> ((JsonString) id).getString())
        .orElse(null);
  }

  private static Answer notFound(String id) {
    return Answer.invalidRequest(404, "Response with id '" + ApiErrors.shown(id) + "' not found.",
        null, null);
  }
}
