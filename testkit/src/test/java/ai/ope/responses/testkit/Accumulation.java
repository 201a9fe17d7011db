package ai.ope.responses.testkit;

import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.FunctionCallArgumentsDeltaEvent;
import ai.ope.responses.api.stream.OutputItemDoneEvent;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ReasoningSummaryTextDeltaEvent;
import ai.ope.responses.api.stream.RefusalDeltaEvent;
import ai.ope.responses.api.stream.ResponseLifecycleEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a client rebuilds from a stream, for checking the server's streams: the deltas joined per
 * item, the finished items, and the last response snapshot.
 */
final class Accumulation {

  final List<ResponseStreamEvent> events = new ArrayList<>();
  final Map<Integer, StringBuilder> deltas = new TreeMap<>();
  final List<OutputItem> doneItems = new ArrayList<>();
  Response last;

  static Accumulation of(String sseBody) {
    Accumulation accumulation = new Accumulation();
    for (ServerSentEvent frame : ServerSentEvent.parseAll(sseBody)) {
      ResponseStreamEvent event = ResponsesJson.parseEvent(frame.event(), frame.data());
      if (frame.event() != null && !frame.event().equals(event.type())) {
        throw new AssertionError("event line " + frame.event() + " but type " + event.type());
      }
      accumulation.add(event);
    }
    return accumulation;
  }

  private void add(ResponseStreamEvent event) {
    events.add(event);
    if (event instanceof OutputTextDeltaEvent text) {
      append(text.outputIndex(), text.delta());
    } else if (event instanceof RefusalDeltaEvent refusal) {
      append(refusal.outputIndex(), refusal.delta());
    } else if (event instanceof FunctionCallArgumentsDeltaEvent arguments) {
      append(arguments.outputIndex(), arguments.delta());
    } else if (event instanceof ReasoningSummaryTextDeltaEvent summary) {
      append(summary.outputIndex(), summary.delta());
    } else if (event instanceof OutputItemDoneEvent done) {
      doneItems.add(done.item());
    } else if (event instanceof ResponseLifecycleEvent lifecycle) {
      last = lifecycle.response();
    }
  }

  private void append(int outputIndex, String delta) {
    deltas.computeIfAbsent(outputIndex, index -> new StringBuilder()).append(delta);
  }

  String joined(int outputIndex) {
    return deltas.getOrDefault(outputIndex, new StringBuilder()).toString();
  }

  List<String> types() {
    return events.stream().map(ResponseStreamEvent::type).toList();
  }
}
