package ai.ope.responses.testkit;

/**
 * What the fake server does with the WebSocket connections opened on {@code /v1/responses}: the
 * engine calls it, one connection's calls never at the same time, in the order the frames came.
 */
interface SocketHandler {

  /**
   * A client connected.
   *
   * @param connection the connection
   * @param upgrade the request that opened it (its headers carry the credentials)
   */
  void opened(SocketConnection connection, SocketUpgrade upgrade);

  /**
   * A text frame arrived (fragmented messages are joined by the engine).
   *
   * @param connection the connection
   * @param text the message
   */
  void received(SocketConnection connection, String text);

  /**
   * The connection ended, by a close frame from either side or by a drop.
   *
   * @param connection the connection
   * @param code the close status code, 1006 when it was dropped
   */
  void closed(SocketConnection connection, int code);
}
