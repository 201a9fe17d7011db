package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.List;
import java.util.Map;

/**
 * A listener that throws from every event of a call and its stream, the first time with the key
 * in its message: the client must carry on and never log the key.
 */
final class ThrowingListener implements ResponsesClientListener {

  @Override
  public void onCallStart(ClientCall call) {
    throw new IllegalStateException("broken with " + FakeServerFixture.KEY);
  }

  @Override
  public void onCallEnd(ClientCall call, Object result, RuntimeException failure) {
    throw new IllegalStateException("broken at the call's end");
  }

  @Override
  public void onStreamStart(ClientCall call, int status, Map<String, List<String>> headers) {
    throw new IllegalStateException("broken at the start");
  }

  @Override
  public void onStreamEvent(ClientCall call, ResponseStreamEvent event) {
    throw new IllegalStateException("broken again");
  }

  @Override
  public void onStreamEnd(ClientCall call, StreamEnd end) {
    throw new IllegalStateException("broken at the end");
  }
}
