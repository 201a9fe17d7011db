package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The frames of one response sent over a WebSocket connection: the socket's reader routes the
 * response's events here already decoded, and the reading thread takes them one at a time. A
 * silence longer than the idle timeout is a {@link SocketTimeoutException}, as on HTTP, so the
 * stream reports it the same way.
 */
final class SocketFrames implements EventFrames {

  /** What the reader hands over: an event, an undecodable frame, the end, or a failure. */
  private record Item(ResponseStreamEvent event, ResponsesJsonException malformed,
      IOException failure, boolean end) {}

  private static final Item END = new Item(null, null, null, true);

  private final LinkedBlockingQueue<Item> items = new LinkedBlockingQueue<>();
  private final Duration idleTimeout;
  private volatile boolean answered;
  private Item current;

  SocketFrames(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  void deliver(ResponseStreamEvent event) {
    answered = true;
    items.add(new Item(event, null, null, false));
  }

  /** Whether an event came for this response (a refusal may come before its request is out). */
  boolean answered() {
    return answered;
  }

  void malformed(ResponsesJsonException failure) {
    items.add(new Item(null, failure, null, false));
  }

  /** The socket dropped: the read waiting (or the next one) fails with this. */
  void fail(IOException failure) {
    items.add(new Item(null, null, failure, false));
  }

  @Override
  public boolean advance() throws IOException {
    Item next;
    try {
      next = items.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the next event", e);
    }
    if (next == null) {
      throw new SocketTimeoutException("no event arrived for " + idleTimeout);
    }
    if (next.failure() != null) {
      throw next.failure();
    }
    current = next;
    return !next.end();
  }

  @Override
  public boolean isDone() {
    return false; // a socket has no [DONE] sentinel: the terminal event ends a response
  }

  @Override
  public String eventName() {
    return current == null || current.event() == null ? null : current.event().type();
  }

  @Override
  public ResponseStreamEvent decode() {
    if (current.malformed() != null) {
      throw current.malformed();
    }
    if (current.event().isTerminal()) {
      // the stream reads on after a terminal event, for the end an HTTP body has; on a socket
      // that end is now, not after an idle timeout
      items.add(END);
    }
    return current.event();
  }

  /** Ends a read blocked in another thread at once; idempotent. */
  @Override
  public void close() {
    items.add(END);
  }
}
