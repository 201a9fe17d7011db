package ai.ope.responses.testkit;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The requests a server has finished answering, in that order: a client may see the last byte
 * before the server has noted how the answer ended, so a test waits here before it looks.
 */
final class Answered {

  private final LinkedBlockingQueue<RecordedRequest> done = new LinkedBlockingQueue<>();

  /** A server that reports here; customise it further with the builder given. */
  FakeResponsesServer start(FakeResponsesServer.Builder builder) {
    return builder.onAnswered(done::add).start();
  }

  /** The next request whose answer ended, waiting for it if need be. */
  RecordedRequest next() throws InterruptedException {
    RecordedRequest request = done.poll(20, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("no request was answered within 20 s");
    }
    return request;
  }
}
