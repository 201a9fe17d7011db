package ai.ope.responses.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.impl.FutureImpl;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.utils.Futures;
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
    sendAll(List.of(text));
  }

  /**
   * The frames written as one buffer: a write per frame costs a pass through the filter chain
   * and a system call each, and the client then reads one frame per read (about a tenth of the
   * rate of an SSE answer, measured).
   */
  @Override
  public void sendAll(List<String> texts) throws IOException {
    if (!socket.isConnected()) {
      throw new IOException("the WebSocket connection is closed");
    }
    ByteArrayOutputStream frames = new ByteArrayOutputStream();
    for (String text : texts) {
      TextFrames.append(frames, text);
    }
    Connection<?> connection = protocol.getConnection();
    try {
      writeWhole(connection, frames.toByteArray());
    } catch (ExecutionException failed) {
      throw new IOException("the WebSocket frames were not sent: " + failed.getCause(),
          failed.getCause());
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending WebSocket frames", stopping);
    } catch (RuntimeException closed) {
      // Grizzly throws an unchecked exception for a connection closed meanwhile
      throw new IOException("the WebSocket connection is closed: " + closed, closed);
    }
  }

  private static <L> void writeWhole(Connection<L> connection, byte[] bytes)
      throws InterruptedException, ExecutionException {
    FutureImpl<WriteResult<Buffer, L>> written = Futures.createSafeFuture();
    connection.write(Buffers.wrap(connection.getMemoryManager(), bytes),
        Futures.toCompletionHandler(written));
    written.get();
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
