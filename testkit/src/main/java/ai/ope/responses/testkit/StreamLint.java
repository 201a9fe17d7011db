package ai.ope.responses.testkit;

import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ResponseLifecycleEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a recorded stream is one a client can read: every event parses, sequence numbers
 * increase, and the events add up to the output of the terminal response.
 */
final class StreamLint {

  private static final int SHOWN = 60;

  private StreamLint() {}

  /** The stream's defects, each naming the event (counted from 1, as framed) at fault. */
  static List<String> check(String text) {
    List<String> defects = new ArrayList<>();
    List<ResponseStreamEvent> events = new ArrayList<>();
    Integer lastNumber = null;
    int position = 0;
    boolean whole = true;
    for (ServerSentEvent frame : ServerSentEvent.parseAll(text)) {
      position++;
      if (frame.isDone()) {
        continue;
      }
      ResponseStreamEvent event;
      try {
        event = frame.toEvent();
      } catch (RuntimeException e) {
        defects.add("event " + position + name(frame.event()) + " is not an event: "
            + e.getMessage());
        whole = false;
        continue;
      }
      Integer number = event.sequenceNumber();
      if (number != null) {
        if (lastNumber != null && number <= lastNumber) {
          defects.add("event " + position + name(event.type()) + ": sequence_number " + number
              + " comes after " + lastNumber);
        }
        lastNumber = number;
      }
      events.add(event);
    }
    if (whole && events.isEmpty()) {
      defects.add("no events");
    } else if (whole) {
      // With an event unreadable, a mismatch would only restate that defect.
      accumulation(events).ifPresent(defects::add);
    }
    return defects;
  }

  /**
   * Whether the events rebuild the terminal response's output. Only a stream that starts with a
   * lifecycle event (a resumed one may start later, but still with one) and ends with a terminal
   * one can be checked: otherwise part of the output, or the response to compare with, is absent.
   */
  private static Optional<String> accumulation(List<ResponseStreamEvent> events) {
    if (events.isEmpty() || !(events.get(0) instanceof ResponseLifecycleEvent)
        || !(events.get(events.size() - 1) instanceof ResponseLifecycleEvent terminal)
        || !terminal.isTerminal()) {
      return Optional.empty();
    }
    Response expected = terminal.response();
    if (expected == null) {
      return Optional.of("the last event" + name(terminal.type()) + " carries no response");
    }
    ResponseAccumulator accumulator = new ResponseAccumulator();
    events.subList(0, events.size() - 1).forEach(accumulator::accept);
    JsonArray recorded = withoutCiphertext(expected.output());
    JsonArray rebuilt = withoutCiphertext(accumulator.partialResponse().output());
    return firstDifference("", recorded, rebuilt).map(at -> "the events do not add up to the"
        + " output in " + terminal.type() + ": at " + at + " that output has "
        + shown(JsonDiff.at(recorded, at)) + ", the events give "
        + shown(JsonDiff.at(rebuilt, at)));
  }

  /**
   * The output as JSON, each {@code encrypted_content} value replaced by a marker: the server
   * encrypts reasoning afresh each time it serializes an item, so the ciphertexts in
   * {@code output_item.done} and in the terminal response differ while the content is the same.
   */
  private static JsonArray withoutCiphertext(List<OutputItem> output) {
    JsonArrayBuilder items = Json.PROVIDER.createArrayBuilder();
    if (output != null) {
      output.forEach(item -> items.add(masked(InteractionFiles.json(ResponsesJson.toJson(item)))));
    }
    return items.build();
  }

  private static JsonValue masked(JsonValue value) {
    if (value instanceof JsonObject object) {
      JsonObjectBuilder copy = Json.PROVIDER.createObjectBuilder();
      object.forEach((name, member) -> copy.add(name, name.equals("encrypted_content")
          ? Json.PROVIDER.createValue("<present>") : masked(member)));
      return copy.build();
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder copy = Json.PROVIDER.createArrayBuilder();
      array.forEach(element -> copy.add(masked(element)));
      return copy.build();
    }
    return value;
  }

  /** The JSON pointer of the first place where the values differ, if they do. */
  private static Optional<String> firstDifference(String at, JsonValue left, JsonValue right) {
    if (left instanceof JsonObject one && right instanceof JsonObject other) {
      List<String> names = new ArrayList<>(one.keySet());
      other.keySet().stream().filter(name -> !one.containsKey(name)).forEach(names::add);
      for (String name : names) {
        String below = at + "/" + name.replace("~", "~0").replace("/", "~1");
        Optional<String> found = one.containsKey(name) && other.containsKey(name)
            ? firstDifference(below, one.get(name), other.get(name)) : Optional.of(below);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (left instanceof JsonArray one && right instanceof JsonArray other) {
      for (int i = 0; i < Math.max(one.size(), other.size()); i++) {
        Optional<String> found = i < one.size() && i < other.size()
            ? firstDifference(at + "/" + i, one.get(i), other.get(i)) : Optional.of(at + "/" + i);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    return left.equals(right) ? Optional.empty() : Optional.of(at.isEmpty() ? "/" : at);
  }

  private static String shown(JsonValue value) {
    if (value == null) {
      return "nothing";
    }
    String text = value.toString();
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private static String name(String type) {
    return type == null || type.isEmpty() ? "" : " (" + type + ")";
  }
}
