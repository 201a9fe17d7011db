package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A socket handler for the engine's tests: notes every call as a line ({@code opened /v1/…},
 * {@code received …}, {@code closed 1000}), answers {@code echo:} messages with their text, and
 * notes when two calls for one connection ever overlap.
 */
final class RecordingSocketHandler implements SocketHandler {

  private final BlockingQueue<String> calls = new LinkedBlockingQueue<>();
  private final AtomicBoolean overlapped = new AtomicBoolean();
  private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
  private final java.util.Set<SocketConnection> busy =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  volatile SocketConnection last;
  volatile SocketUpgrade lastUpgrade;

  @Override
  public void opened(SocketConnection connection, SocketUpgrade upgrade) {
    enter(connection);
    last = connection;
    lastUpgrade = upgrade;
    calls.add("opened " + upgrade.path());
    leave(connection);
  }

  @Override
  public void received(SocketConnection connection, String text) {
    enter(connection);
    calls.add("received " + text);
    if (text.startsWith("echo:")) {
      try {
        connection.send(text.substring(5));
      } catch (IOException gone) {
        throw new UncheckedIOException(gone);
      }
    }
    leave(connection);
  }

  @Override
  public void closed(SocketConnection connection, int code) {
    boolean nested = inside.get();
    if (!nested) {
      enter(connection);
    }
    calls.add("closed " + code);
    if (!nested) {
      leave(connection);
    }
  }

  private void enter(SocketConnection connection) {
    if (!busy.add(connection)) {
      overlapped.set(true);
    }
    inside.set(true);
  }

  private void leave(SocketConnection connection) {
    inside.set(false);
    busy.remove(connection);
  }

  /** The next call noted, waiting for it (null after 10 s: the test fails, it does not hang). */
  String next() throws InterruptedException {
    return calls.poll(10, TimeUnit.SECONDS);
  }

  boolean overlapped() {
    return overlapped.get();
  }
}
