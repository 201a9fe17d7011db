package ai.ope.responses.testkit;

import java.io.IOException;
import java.util.List;

/**
 * One WebSocket connection to the fake server, as its WebSocket mode sees it whatever HTTP engine
 * carries it: the engine adapts its own connection to this, and the mode (scripted replies, the
 * built-in model, faults, the journal) is written against it alone.
 */
interface SocketConnection {

  /**
   * Sends one text frame, returning when it is written (a slow client slows the sender).
   *
   * @param text the frame's text
   * @throws IOException when the connection is gone
   */
  void send(String text) throws IOException;

  /**
   * Sends text frames in order, in as few writes as the engine can, returning when they are
   * written: frames that are ready together reach the client together, as an SSE answer's
   * events share its writes.
   *
   * @param texts the frames' texts
   * @throws IOException when the connection is gone
   */
  default void sendAll(List<String> texts) throws IOException {
    for (String text : texts) {
      send(text);
    }
  }

  /**
   * Closes the connection with a close frame.
   *
   * @param code the status code (1000 normal closure, 1008 policy violation, 1011 server error)
   * @param reason a short reason, at most 123 bytes in UTF-8
   */
  void close(int code, String reason);

  /** Drops the TCP connection without a close frame: a fault, as a network failure would. */
  void abort();

  /**
   * Whether frames may still be sent.
   *
   * @return false once closed or dropped, by either side
   */
  boolean isOpen();
}
