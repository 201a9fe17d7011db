package ai.ope.responses.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A plain JDK HTTP client for the tests: no code of this project on the client side. */
final class Http {

  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();

  /** The same client, for tests that read a body as it arrives. */
  static final HttpClient CLIENT_FOR_STREAMS = CLIENT;

  private Http() {}

  static HttpResponse<String> post(URI uri, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  static HttpResponse<String> delete(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).DELETE());
  }

  static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static URI at(FakeResponsesServer server, String path) {
    return URI.create(server.baseUri() + path);
  }

  /**
   * Sends raw bytes over a socket and reads the raw answer until the server closes or drops the
   * connection: for what an HTTP client would hide (chunks, a cut, a reset).
   */
  static String rawExchange(FakeResponsesServer server, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      try {
        for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
          raw.write(buffer, 0, n);
        }
      } catch (SocketException reset) {
        // the dropped connection
      }
      return raw.toString(StandardCharsets.UTF_8);
    }
  }
}
