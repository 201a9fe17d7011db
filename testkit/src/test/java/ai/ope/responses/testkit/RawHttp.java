package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 by hand over a socket, for requests a well-behaved client refuses to send: a raw
 * {@code ..} in the path, odd methods, malformed escapes.
 */
final class RawHttp {

  /**
   * The status and body of an answer.
   *
   * @param status the status code, or -1 when the server closed without answering
   * @param body the body as text
   */
  record Answer(int status, String body) {}

  private RawHttp() {}

  /** Sends the request line (e.g. {@code GET /v1/x HTTP/1.1}) with a body, reads the answer. */
  static Answer send(FakeResponsesServer server, String requestLine, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head = requestLine + "\r\nHost: 127.0.0.1:" + server.port()
        + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
        + bytes.length + "\r\n\r\n";
    try (Socket socket = new Socket(server.baseUri().getHost(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (!answer.startsWith("HTTP/1.1 ")) {
        return new Answer(-1, answer);
      }
      int status = Integer.parseInt(answer.substring(9, 12));
      int bodyStart = answer.indexOf("\r\n\r\n");
      return new Answer(status, bodyStart < 0 ? "" : answer.substring(bodyStart + 4));
    }
  }
}
