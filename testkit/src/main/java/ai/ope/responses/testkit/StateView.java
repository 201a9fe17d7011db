package ai.ope.responses.testkit;

import ai.ope.responses.api.Response;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the server holds, as {@code GET /__admin/state} shows it: queued replies, loaded cassettes
 * with how often each interaction answered, stored responses, and the settings it answers by.
 */
final class StateView {

  /** Stored responses listed, the newest: a long-running server may keep many more. */
  static final int RESPONSES_SHOWN = 1_000;

  private StateView() {}

  static JsonObject of(Stubs stubs, CassetteMatcher cassettes, ResponseStore store,
      ServerConfig config) {
    JsonArrayBuilder replies = Json.PROVIDER.createArrayBuilder();
    stubs.queued().forEach(queued -> replies.add(ReplyView.of(queued)));
    List<Response> stored = store.responses();
    return Json.PROVIDER.createObjectBuilder()
        .add("replies", replies)
        .add("cassettes", cassettes(cassettes))
        .add("responses", responses(stored))
        .add("responses_total", stored.size())
        .add("settings", settings(config))
        .build();
  }

  private static JsonArrayBuilder cassettes(CassetteMatcher matcher) {
    JsonArrayBuilder cassettes = Json.PROVIDER.createArrayBuilder();
    for (Cassette cassette : matcher.cassettes()) {
      JsonArrayBuilder interactions = Json.PROVIDER.createArrayBuilder();
      for (Interaction interaction : cassette.interactions()) {
        interactions.add(Json.PROVIDER.createObjectBuilder()
            .add("name", interaction.name())
            .add("method", interaction.method())
            .add("path", interaction.path())
            .add("stream", interaction.reply().eventStream)
            .add("uses", matcher.uses(interaction)));
      }
      for (SocketTurn turn : cassette.socketTurns()) {
        Interaction event = turn.interaction();
        interactions.add(Json.PROVIDER.createObjectBuilder()
            .add("name", event.name())
            .add("method", event.method())
            .add("path", event.path())
            .add("stream", true)
            .add("transport", "websocket")
            .add("warm_up", turn.warmUp())
            .add("uses", matcher.uses(event)));
      }
      cassettes.add(Json.PROVIDER.createObjectBuilder().add("name", cassette.name())
          .add("interactions", interactions));
    }
    return cassettes;
  }

  /** The newest stored responses, listed oldest first. */
  private static JsonArrayBuilder responses(List<Response> stored) {
    List<Response> sorted = stored.stream()
        .sorted(Comparator.comparingDouble((Response response) -> response.createdAt() == null
            ? 0 : response.createdAt()).thenComparing(Response::id))
        .toList();
    JsonArrayBuilder responses = Json.PROVIDER.createArrayBuilder();
    sorted.subList(Math.max(0, sorted.size() - RESPONSES_SHOWN), sorted.size())
        .forEach(response -> responses.add(response(response)));
    return responses;
  }

  private static JsonObjectBuilder response(Response response) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder().add("id", response.id());
    nullable(json, "status", response.status());
    nullable(json, "model", response.model());
    Double created = response.createdAt();
    if (created == null) {
      json.addNull("created_at");
    } else if (created == Math.rint(created) && Math.abs(created) < 1e15) {
      json.add("created_at", created.longValue());
    } else {
      json.add("created_at", created);
    }
    return nullable(json, "previous_response_id", response.previousResponseId());
  }

  private static JsonObjectBuilder nullable(JsonObjectBuilder json, String name, String value) {
    return value == null ? json.addNull(name) : json.add(name, value);
  }

  private static JsonObjectBuilder settings(ServerConfig config) {
    return Json.PROVIDER.createObjectBuilder()
        .add("fallback", config.fallback().name().toLowerCase(Locale.ROOT))
        .add("validation", config.validating().get())
        .add("strict", config.fallback() == FakeResponsesServer.Fallback.STRICT)
        .add("known_models", Json.PROVIDER.createArrayBuilder(
            config.knownModels().stream().sorted().toList()))
        .add("inspector", config.inspector());
  }
}
