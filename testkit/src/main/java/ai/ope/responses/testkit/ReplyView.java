package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
      case SCRIPTED -> response(json, reply);
      case RESET -> json.add("reset", true);
      default -> raw(json, reply);
    }
    faults(json, reply);
    target(json, queued.matcher());
    return json.build();
  }

  private static void response(JsonObjectBuilder json, Reply reply) {
    if (inShorthandOrder(reply.outputs)) {
      JsonArrayBuilder calls = Json.PROVIDER.createArrayBuilder();
      for (ScriptedOutput output : reply.outputs) {
        if (output instanceof ScriptedOutput.FunctionCall call) {
          calls.add(call(call));
        } else {
          json.add(kind(output), text(output));
        }
      }
      JsonValue built = calls.build();
      if (!built.asJsonArray().isEmpty()) {
        json.add("function_calls", built);
      }
    } else {
      JsonArrayBuilder items = Json.PROVIDER.createArrayBuilder();
      for (ScriptedOutput output : reply.outputs) {
        items.add(Json.PROVIDER.createObjectBuilder().add(kind(output),
            output instanceof ScriptedOutput.FunctionCall call ? call(call)
                : Json.PROVIDER.createValue(text(output))));
      }
      json.add("output", items);
    }
    if (reply.endStatus.equals("incomplete")) {
      json.add("incomplete", reply.incompleteReason);
    } else if (reply.endStatus.equals("failed")) {
      JsonObjectBuilder failed = Json.PROVIDER.createObjectBuilder();
      addUnlessNull(failed, "code", reply.failureCode);
      addUnlessNull(failed, "message", reply.failureMessage);
      json.add("failed", failed);
    }
  }

  /** Reasoning, text, refusal at most once each, then function calls: the shorthand's order. */
  private static boolean inShorthandOrder(List<ScriptedOutput> outputs) {
    int last = -1;
    for (ScriptedOutput output : outputs) {
      int rank = List.of("reasoning", "text", "refusal", "function_call").indexOf(kind(output));
      if (rank < last || rank == last && rank < 3) {
        return false;
      }
      last = rank;
    }
    return true;
  }

  private static String kind(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning) {
      return "reasoning";
    }
    if (output instanceof ScriptedOutput.Text) {
      return "text";
    }
    return output instanceof ScriptedOutput.Refusal ? "refusal" : "function_call";
  }

  private static String text(ScriptedOutput output) {
    if (output instanceof ScriptedOutput.Reasoning reasoning) {
      return reasoning.summary();
    }
    return output instanceof ScriptedOutput.Text text ? text.text()
        : ((ScriptedOutput.Refusal) output).refusal();
  }

  /** Arguments as an object when that is exactly what was given, else as the string. */
  private static JsonObject call(ScriptedOutput.FunctionCall call) {
    Optional<JsonValue> parsed = Json.parse(call.arguments())
        .filter(value -> value instanceof JsonObject && value.toString().equals(call.arguments()));
    JsonObjectBuilder json = Json.PROVIDER.createObjectBuilder().add("name", call.name())
        .add("arguments", parsed.orElse(Json.PROVIDER.createValue(call.arguments())));
    addUnlessNull(json, "call_id", call.callId());
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

  private static void addUnlessNull(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
