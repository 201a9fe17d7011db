package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Notes each event a listener is told, as one line, for assertions on their order. */
final class RecordingListener implements ResponsesClientListener {

  final List<String> seen = new CopyOnWriteArrayList<>();
  final List<ClientCall> calls = new CopyOnWriteArrayList<>();
  final List<Map<String, List<String>>> answeredHeaders = new CopyOnWriteArrayList<>();
  final List<StreamEnd> ends = new CopyOnWriteArrayList<>();

  @Override
  public void onCallStart(ClientCall call) {
    calls.add(call);
    seen.add("start " + call.operation());
  }

  @Override
  public void onAttemptSent(ClientCall call, int attempt) {
    seen.add("sent " + attempt);
  }

  @Override
  public void onAttemptAnswered(ClientCall call, int attempt, int status,
      Map<String, List<String>> headers) {
    answeredHeaders.add(headers);
    seen.add("answered " + attempt + " " + status);
  }

  @Override
  public void onAttemptFailed(ClientCall call, int attempt, ResponsesException failure) {
    seen.add("failed " + attempt + " " + failure.getClass().getSimpleName());
  }

  @Override
  public void onRetry(ClientCall call, int retry, ResponsesException reason, Duration wait) {
    seen.add("retry " + retry + " " + reason.getClass().getSimpleName() + " " + wait.toMillis());
  }

  @Override
  public void onCallEnd(ClientCall call, Object result, RuntimeException failure) {
    seen.add("end " + (failure != null ? failure.getClass().getSimpleName()
        : result == null ? "null" : result.getClass().getSimpleName()));
  }

  @Override
  public void onStreamStart(ClientCall call, int status, Map<String, List<String>> headers) {
    seen.add("stream start " + status);
  }

  @Override
  public void onStreamEvent(ClientCall call, ResponseStreamEvent event) {
    seen.add("event " + event.type());
  }

  @Override
  public void onStreamEnd(ClientCall call, StreamEnd end) {
    ends.add(end);
    seen.add("stream end " + end.reason());
  }
}
