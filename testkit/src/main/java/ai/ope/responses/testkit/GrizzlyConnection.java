package ai.ope.responses.testkit;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import org.glassfish.grizzly.websockets.ProtocolHandler;
import org.glassfish.grizzly.websockets.SimpleWebSocket;

/** A Grizzly WebSocket as the engine-neutral {@link SocketConnection} the mode writes to. */
final class GrizzlyConnection implements SocketConnection {

  private final SimpleWebSocket socket;
  private final ProtocolHandler protocol;

  GrizzlyConnection(SimpleWebSocket socket, ProtocolHandler protocol) {
    this.socket = socket;
    this.protocol = protocol;
  }

  @Override
  public void send(String text) throws IOException {
    if (!socket.isConnected()) {
      throw new IOException("the WebSocket connection is closed");
    }
    try {
      socket.send(text).get();
    } catch (ExecutionException failed) {
      throw new IOException("the WebSocket frame was not sent: " + failed.getCause(),
          failed.getCause());
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending a WebSocket frame", stopping);
    } catch (RuntimeException closed) {
      // Grizzly throws an unchecked exception for a socket closed meanwhile
      throw new IOException("the WebSocket connection is closed: " + closed, closed);
    }
  }

  @Override
  public void close(int code, String reason) {
    if (socket.isConnected()) {
      socket.close(code, reason);
    }
  }

  @Override
  public void abort() {
    TcpReset.reset(protocol.getConnection());
  }

  @Override
  public boolean isOpen() {
    return socket.isConnected();
  }
}
