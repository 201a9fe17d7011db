package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A queued reply described as {@code POST /__admin/replies} takes it, for
 * {@code GET /__admin/replies}: replies queued from Java read the same as those queued over HTTP.
 * What the description format cannot say (raw bytes queued from Java) is shown as {@code raw},
 * with its status and size.
 */
final class ReplyView {

  private static final int DEFAULT_CHUNKS = Reply.builder().build().chunks;

  private ReplyView() {}

  static JsonObject of(Stubs.Queued queued) {
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder().add("id", queued.number());
    Reply reply = queued.reply();
    switch (reply.kind) {
      case SCRIPTED -> OutputView.describe(json, reply);
      case RESET -> json.add("reset", true);
      default -> raw(json, reply);
    }
    faults(json, reply);
    target(json, queued.matcher());
    return json.build();
  }

  /** An error envelope as {@code error} and {@code headers}; other bytes as {@code raw}. */
  private static void raw(JsonObjectBuilder json, Reply reply) {
    Optional<JsonObject> error = Json.parse(new String(reply.body, StandardCharsets.UTF_8))
        .filter(JsonObject.class::isInstance)
        .map(body -> body.asJsonObject().get("error"))
        .filter(JsonObject.class::isInstance)
        .map(JsonValue::asJsonObject);
    if (error.isPresent() && !reply.eventStream) {
      JsonObjectBuilder described = Json.PROVIDER.createObjectBuilder().add("status", reply.status);
      error.get().forEach((name, value) -> {
        if (value.getValueType() != JsonValue.ValueType.NULL) {
          described.add(name, value);
        }
      });
      json.add("error", described);
    } else {
      json.add("raw", Json.PROVIDER.createObjectBuilder().add("status", reply.status)
          .add("event_stream", reply.eventStream).add("bytes", reply.body.length));
    }
  }

  private static void faults(JsonObjectBuilder json, Reply reply) {
    JsonObjectBuilder headers = Json.PROVIDER.createObjectBuilder();
    new TreeMap<>(reply.headers).forEach((name, value) -> {
      if (!name.equals("content-type") || reply.kind == Reply.Kind.SCRIPTED) {
        headers.add(name, value);
      }
    });
    JsonObject built = headers.build();
    if (!built.isEmpty()) {
      json.add("headers", built);
    }
    if (reply.kind == Reply.Kind.SCRIPTED && reply.chunks != DEFAULT_CHUNKS) {
      json.add("chunks", reply.chunks);
    }
    addIfSet(json, "delay_ms", reply.delayBeforeHeaders.toMillis(), 1);
    addIfSet(json, "delay_between_events_ms", reply.delayBetweenEvents.toMillis(), 1);
    addIfSet(json, "cut_after_events", reply.cutAfterEvents, 0);
    addIfSet(json, "stall_after_events", reply.stallAfterEvents, 0);
    addIfSet(json, "reset_after_bytes", reply.resetAfterBytes, 0);
    addIfSet(json, "write_size", reply.writeSize, 1);
    addIfSet(json, "write_pause_ms", reply.writePause.toMillis(), 1);
  }

  private static void target(JsonObjectBuilder json, RequestMatcher matcher) {
    if (matcher instanceof ReplyTarget target) {
      if (!target.isCreate()) {
        json.add("method", target.method()).add("path", target.path());
      }
      if (target.match() != null) {
        json.add("match", target.match());
      }
    } else if (matcher != null) {
      json.add("matcher", matcher instanceof JsonSubset ? matcher.toString()
          : "a RequestMatcher given in Java");
    }
  }

  private static void addIfSet(JsonObjectBuilder json, String name, long value, long least) {
    if (value >= least) {
      json.add(name, value);
    }
  }
}
