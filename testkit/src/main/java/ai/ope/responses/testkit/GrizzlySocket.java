package ai.ope.responses.testkit;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.glassfish.grizzly.websockets.ClosingFrame;
import org.glassfish.grizzly.websockets.DataFrame;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.SimpleWebSocket;
import org.glassfish.grizzly.websockets.WebSocket;

/**
 * A Grizzly WebSocket that calls a {@link SocketHandler}: on the worker pool, one call at a time
 * per connection, in the order the frames came, fragments joined, and exactly one
 * {@code closed} — with the peer's code, the code we closed with, or 1006 when the TCP
 * connection went without a close frame.
 */
final class GrizzlySocket extends SimpleWebSocket {

  private final SocketUpgrade upgrade;
  private final SocketHandler handler;
  private final GrizzlyConnection connection;
  private final SerialCalls calls;
  private final StringBuilder fragments = new StringBuilder();
  private final AtomicBoolean ended = new AtomicBoolean();
  private final Consumer<GrizzlySocket> onEnded;

  GrizzlySocket(ProtocolHandler protocol, SocketUpgrade upgrade, SocketHandler handler,
      Executor workers, Consumer<GrizzlySocket> onEnded) {
    super(protocol);
    this.onEnded = onEnded;
    this.upgrade = upgrade;
    this.handler = handler;
    this.calls = new SerialCalls(workers);
    this.connection = new GrizzlyConnection(this, protocol);
  }

  @Override
  public void onConnect() {
    super.onConnect();
    calls.submit(() -> handler.opened(connection, upgrade));
  }

  @Override
  public void onMessage(String text) {
    calls.submit(() -> handler.received(connection, text));
  }

  @Override
  public void onFragment(boolean last, String text) {
    // frames of one connection are read one after another: no lock needed to join them
    fragments.append(text);
    if (last) {
      String message = fragments.toString();
      fragments.setLength(0);
      onMessage(message);
    }
  }

  @Override
  public void onMessage(byte[] data) {
    // the API speaks JSON text; a binary frame is a client's mistake
    close(1003, "binary frames are not accepted; send text");
  }

  @Override
  public void onFragment(boolean last, byte[] data) {
    onMessage(data);
  }

  /** The peer's close frame (or the engine's note of a dropped connection). */
  @Override
  public void onClose(DataFrame frame) {
    ended(frame instanceof ClosingFrame closing ? closing.getCode() : WebSocket.NO_STATUS_CODE);
    super.onClose(frame);
  }

  /** Called by the engine when the TCP connection ended without a close frame. */
  @Override
  public void close() {
    ended(WebSocket.ABNORMAL_CLOSE);
    super.close();
  }

  @Override
  public void close(int code, String reason) {
    ended(code);
    super.close(code, reason);
  }

  private void ended(int code) {
    if (ended.compareAndSet(false, true)) {
      onEnded.accept(this);
      calls.submit(() -> handler.closed(connection, code));
    }
  }
}
