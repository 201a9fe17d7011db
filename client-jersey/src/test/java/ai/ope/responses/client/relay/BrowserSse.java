package ai.ope.responses.client.relay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A browser's {@code EventSource}, as far as the tests need it: the JDK's {@code HttpClient}
 * reading the event stream line by line and assembling events the way the SSE specification says
 * (a {@code data:} line per line of data, joined with {@code \n}; one leading space dropped).
 */
final class BrowserSse implements AutoCloseable {

  /** One event as a browser's listener sees it. */
  record Message(String event, String id, String data) {}

  private final InputStream body;
  private final BufferedReader lines;
  private final int status;
  private final String contentType;

  private BrowserSse(HttpResponse<InputStream> response) {
    this.body = response.body();
    this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("content-type").orElse("");
  }

  static BrowserSse open(URI uri) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
        .GET().build();
    return new BrowserSse(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  /** The next event, or null when the server ended the stream. */
  Message next() throws IOException {
    String event = "message";
    String id = null;
    List<String> data = new ArrayList<>();
    boolean any = false;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        if (any) {
          return new Message(event, id, String.join("\n", data));
        }
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      value = value.startsWith(" ") ? value.substring(1) : value;
      switch (field) {
        case "event" -> event = value;
        case "id" -> id = value;
        case "data" -> data.add(value);
        default -> { } // a comment or a field a browser ignores
      }
      any = any || !field.isEmpty();
    }
    return null;
  }

  /** Every event up to the end of the stream. */
  List<Message> readAll() throws IOException {
    List<Message> all = new ArrayList<>();
    for (Message message = next(); message != null; message = next()) {
      all.add(message);
    }
    return all;
  }

  /** The browser leaves: the tab is closed, the connection with it. */
  @Override
  public void close() throws IOException {
    body.close();
  }
}
