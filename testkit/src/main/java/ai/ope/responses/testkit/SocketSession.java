package ai.ope.responses.testkit;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * One open WebSocket connection as the fake server's WebSocket mode keeps it: the request that
 * opened it, and its lanes. Answers on one lane ({@code stream_id}, or the default lane) go out
 * one after the other, in the order their events arrived; lanes run side by side, each on its
 * own thread, so a lane that waits (a scripted delay or stall) holds up no other.
 *
 * <p>Frames from several lanes are sent one at a time: the connection is not asked to send two
 * at once.
 */
final class SocketSession {

  private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

  private final SocketConnection connection;
  private final SocketUpgrade upgrade;
  private final ExecutorService threads;
  /** The last answer queued on each lane; the next one starts when it ends. */
  private final Map<String, CompletableFuture<Void>> lanes = new HashMap<>();
  private final Object sending = new Object();
  /** Whether a first event decided how the connection is answered (a recording server's). */
  private boolean decided;
  private volatile SocketPassThrough passThrough;

  SocketSession(SocketConnection connection, SocketUpgrade upgrade, ThreadFactory threads) {
    this.connection = connection;
    this.upgrade = upgrade;
    this.threads = Executors.newCachedThreadPool(threads);
  }

  /**
   * Notes that an event decides how the connection is answered.
   *
   * @return true for the first such event, false after
   */
  synchronized boolean decide() {
    boolean first = !decided;
    decided = true;
    return first;
  }

  /** The pass-through to the upstream, or null when the connection is answered here. */
  SocketPassThrough passThrough() {
    return passThrough;
  }

  /** Makes the connection a pass-through to the upstream. */
  void passThrough(SocketPassThrough through) {
    this.passThrough = through;
  }

  /** The request that opened the connection. */
  SocketUpgrade upgrade() {
    return upgrade;
  }

  /**
   * Queues an answer on a lane.
   *
   * @param streamId the lane, or null for the default lane
   * @param answer what sends it; it must not throw
   */
  synchronized void submit(String streamId, Runnable answer) {
    String lane = streamId == null ? "" : streamId;
    CompletableFuture<Void> last = lanes.getOrDefault(lane, IDLE);
    // A lane whose previous answer failed (it never should) still answers the next event.
    lanes.put(lane, last.handle((done, failed) -> null).thenRunAsync(answer, this::execute));
  }

  /**
   * Runs an answer on a lane's thread; once the connection has ended, at once where it is, so
   * that it finds the connection gone and the journal notes how its answer ended.
   */
  private void execute(Runnable answer) {
    try {
      threads.execute(answer);
    } catch (RejectedExecutionException ended) {
      answer.run();
    }
  }

  /** Sends one frame, after any frame another lane is sending. */
  void send(String text) throws IOException {
    sendAll(List.of(text));
  }

  /** Sends frames ready together in as few writes as the connection can, after any other lane's. */
  void sendAll(List<String> texts) throws IOException {
    synchronized (sending) {
      if (!connection.isOpen()) {
        throw new IOException("the WebSocket connection is closed");
      }
      connection.sendAll(texts);
    }
  }

  /** Drops the connection without a close frame: a fault. */
  void abort() {
    connection.abort();
  }

  /** Closes the connection with a close frame. */
  void close(int code, String reason) {
    connection.close(code, reason);
  }

  /** The connection ended: answers still waiting or pausing are stopped. */
  void stop() {
    threads.shutdownNow();
  }
}
