package ai.ope.responses.testkit;

import java.net.SocketException;
import java.nio.channels.SocketChannel;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.nio.transport.TCPNIOConnection;

/** Drops a Grizzly connection as a failed network would: a reset, no clean FIN, no close frame. */
final class TcpReset {

  private TcpReset() {}

  /** Closes the connection with {@code SO_LINGER 0}, so the peer sees a reset; null is ignored. */
  static void reset(Connection<?> connection) {
    if (connection instanceof TCPNIOConnection tcp
        && tcp.getChannel() instanceof SocketChannel channel) {
      try {
        channel.socket().setSoLinger(true, 0);
      } catch (SocketException alreadyClosed) {
        // closed anyway
      }
    }
    if (connection != null) {
      connection.closeSilently();
    }
  }
}
