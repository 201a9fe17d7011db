package ai.ope.responses.client.relay;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A browser that reads only when the test says so: each send stays outstanding until the test
 * completes it, as an asynchronous container's send does while the browser is not reading.
 */
final class RecordingSink implements SseEventSink {

  private final List<OutboundSseEvent> sent = new ArrayList<>();
  private final List<CompletableFuture<Void>> pending = new ArrayList<>();
  private int outstanding;
  private int mostOutstanding;
  private volatile boolean closed;

  @Override
  public synchronized CompletionStage<?> send(OutboundSseEvent event) {
    sent.add(event);
    outstanding++;
    mostOutstanding = Math.max(mostOutstanding, outstanding);
    CompletableFuture<Void> sending = new CompletableFuture<>();
    pending.add(sending);
    notifyAll();
    return sending;
  }

  /** The browser reads what the oldest outstanding send wrote. */
  void completeOldest() {
    CompletableFuture<Void> oldest;
    synchronized (this) {
      oldest = pending.remove(0);
      outstanding--;
    }
    oldest.complete(null);
  }

  /** Waits until {@code n} events were sent in all. */
  synchronized void awaitSends(int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RelayServer.PATIENCE_SECONDS);
    while (sent.size() < n) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new AssertionError("waited for send " + n + "; only " + sent.size() + " came");
      }
      wait(left);
    }
  }

  synchronized List<OutboundSseEvent> sent() {
    return List.copyOf(sent);
  }

  synchronized int pendingCount() {
    return pending.size();
  }

  synchronized int mostOutstanding() {
    return mostOutstanding;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public void close() {
    closed = true;
  }
}
