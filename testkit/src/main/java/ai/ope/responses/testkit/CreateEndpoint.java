package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensDetails;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.OutputTokensDetails;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.Usage;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseCreatedEvent;
import ai.ope.responses.api.stream.ResponseLifecycleEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code POST /responses} answered with a scripted reply, and {@code POST /responses/input_tokens}:
 * validated like the real server, rendered, and stored unless {@code store} is false.
 */
final class CreateEndpoint {

  private final ResponseStore store;
  private final Ids ids;
  private final Clock clock;

  CreateEndpoint(ResponseStore store, Ids ids, Clock clock) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
  }

  Answer create(Reply reply, RecordedRequest request) {
    return validated(request, true, body -> created(reply, request, body));
  }

  private Answer created(Reply reply, RecordedRequest request, CreateResponseRequest body) {
    ScriptedResponse.Rendered rendered = ScriptedResponse.render(reply, body, ids, clock);
    // over a WebSocket the stream is implicit: the events go out as frames
    boolean stream = Boolean.TRUE.equals(body.stream()) || request.overWebSocket();
    boolean queued = Boolean.TRUE.equals(body.background()) && !stream;
    // A background response answers at once, queued (the snapshot of its first event); it
    // completes when it is next retrieved.
    Response answered = queued
        ? ((ResponseLifecycleEvent) rendered.events().get(0)).response()
        : rendered.response();
    if (!Boolean.FALSE.equals(body.store())) {
      store.put(new ResponseStore.Entry(answered, InputListing.of(body.input(), ids),
          rendered.events(), queued ? rendered.response() : null));
    }
    return stream
        ? new Answer(reply, new Outcome.Events(rendered.events()))
        : new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(answered)));
  }

  /**
   * A WebSocket {@code response.create} with {@code generate: false}: the API documents no more
   * than a warm-up, so the fake answers {@code response.created} and {@code response.completed}
   * with no output and no tokens, and keeps the response (unless {@code store} is false) so a
   * later turn may continue from it with {@code previous_response_id}.
   */
  Answer warmUp(Reply reply, RecordedRequest request) {
    return validated(request, false, body -> warmedUp(reply, body));
  }

  private Answer warmedUp(Reply reply, CreateResponseRequest body) {
    List<ResponseStreamEvent> rendered =
        ScriptedResponse.render(Reply.builder().build(), body, ids, clock).events();
    Response created = ((ResponseLifecycleEvent) rendered.get(0)).response();
    Response completed = ((ResponseLifecycleEvent) rendered.get(rendered.size() - 1)).response()
        .toBuilder().usage(new Usage(0, new InputTokensDetails(0, 0), 0,
            new OutputTokensDetails(0), 0)).build();
    List<ResponseStreamEvent> events = List.of(new ResponseCreatedEvent(0, created),
        new ResponseCompletedEvent(1, completed));
    if (!Boolean.FALSE.equals(body.store())) {
      store.put(new ResponseStore.Entry(completed, InputListing.of(body.input(), ids), events,
          null));
    }
    return new Answer(reply, new Outcome.Events(events));
  }

  /**
   * A create's body read and checked, then answered; the 400 or 404 refusing it when it
   * cannot be read or is refused.
   */
  private Answer validated(RecordedRequest request, boolean needsInput,
      Function<CreateResponseRequest, Answer> answer) {
    CreateResponseRequest body;
    try {
      body = request.bodyAs(CreateResponseRequest.class);
    } catch (ResponsesJsonException e) {
      return invalidBody(e);
    }
    Answer refused = refused(body, needsInput);
    return refused != null ? refused : answer.apply(body);
  }

  /**
   * The answer refusing a create's body (no model; no input when one is needed; a
   * {@code previous_response_id} the store does not know), or null when it may be answered.
   */
  private Answer refused(CreateResponseRequest body, boolean needsInput) {
    if (body.model() == null) {
      return missing("model");
    }
    if (needsInput && body.input() == null && body.previousResponseId() == null
        && body.prompt() == null && body.conversation() == null) {
      return missing("input");
    }
    return checkPrevious(body.previousResponseId());
  }

  Answer inputTokens(Reply reply, RecordedRequest request) {
    InputTokensRequest body;
    try {
      body = request.bodyAs(InputTokensRequest.class);
    } catch (ResponsesJsonException e) {
      return invalidBody(e);
    }
    Answer unknownPrevious = checkPrevious(body.previousResponseId());
    if (unknownPrevious != null) {
      return unknownPrevious;
    }
    InputTokenCount count =
        new InputTokenCount("response.input_tokens", TokenEstimate.input(body));
    return new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(count)));
  }

  /**
   * Keeps a response a cassette answered with, so that a later retrieve, cancel or
   * {@code previous_response_id} finds it.
   */
  void remember(RecordedRequest request, Reply recorded) {
    if (recorded.status != 200 || recorded.body.length == 0) {
      return;
    }
    try {
      CreateResponseRequest body = request.bodyAs(CreateResponseRequest.class);
      Response response = recorded.eventStream
          ? lastSnapshot(new String(recorded.body, StandardCharsets.UTF_8))
          : ResponsesJson.fromJson(new String(recorded.body, StandardCharsets.UTF_8),
              Response.class);
      if (response != null && response.id() != null && !Boolean.FALSE.equals(body.store())) {
        store.put(new ResponseStore.Entry(
            response, InputListing.of(body.input(), ids), List.of(), null));
      }
    } catch (ResponsesJsonException notAResponse) {
      // A recording of something else (an error body, a compatible server's variant): nothing
      // to keep.
    }
  }

  private static Response lastSnapshot(String sse) {
    Response last = null;
    for (ServerSentEvent frame : ServerSentEvent.parseAll(sse)) {
      if (!frame.isDone()) {
        ResponseStreamEvent event = frame.toEvent();
        if (event instanceof ResponseLifecycleEvent lifecycle) {
          last = lifecycle.response();
        }
      }
    }
    return last;
  }

  /**
   * The API's 404 when a create request continues a response the server does not have: checked
   * before the strict fallback, as the real server validates before it generates.
   */
  Optional<Answer> unknownPrevious(RecordedRequest request) {
    try {
      return Optional.ofNullable(
          checkPrevious(request.bodyAs(CreateResponseRequest.class).previousResponseId()));
    } catch (ResponsesJsonException unreadable) {
      return Optional.empty();
    }
  }

  private Answer checkPrevious(String previousResponseId) {
    if (previousResponseId != null && !store.contains(previousResponseId)) {
      return Answer.invalidRequest(404, "Previous response with id '" + previousResponseId
          + "' not found.", "previous_response_id", "previous_response_not_found");
    }
    return null;
  }

  /** The 400 for a body of the wrong shape, naming the member by its JSON pointer. */
  private static Answer invalidBody(ResponsesJsonException e) {
    return Answer.invalidRequest(400, "Invalid request body: " + e.getMessage(),
        e.pointer().orElse(null), "invalid_type");
  }

  private static Answer missing(String parameter) {
    return Answer.invalidRequest(400, "Missing required parameter: '" + parameter + "'.",
        parameter, "missing_required_parameter");
  }
}
