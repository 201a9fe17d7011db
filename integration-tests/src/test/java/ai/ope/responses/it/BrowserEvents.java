package ai.ope.responses.it;

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

/**
 * Reads server-sent events as a browser's {@code EventSource} does (event, data and id fields,
 * an empty line ending each event), and can leave in the middle by closing the connection.
 */
final class BrowserEvents implements AutoCloseable {

  /** One event as the browser sees it. */
  record Event(String name, String data, String id) {}

  private final InputStream body;
  private final BufferedReader lines;
  final int status;
  final String contentType;

  private BrowserEvents(HttpResponse<InputStream> response) {
    this.body = response.body();
    this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("Content-Type").orElse("");
  }

  static BrowserEvents open(URI uri) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return new BrowserEvents(http.send(HttpRequest.newBuilder(uri)
        .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofInputStream()));
  }

  /** The next event, or null at the end of the stream. */
  Event next() throws IOException {
    String name = "message";
    StringBuilder data = null;
    String id = null;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isEmpty()) {
        if (data != null) {
          return new Event(name, data.toString(), id);
        }
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
      switch (field) {
        case "event" -> name = value;
        case "data" -> data = data == null ? new StringBuilder(value)
            : data.append('\n').append(value);
        case "id" -> id = value;
        default -> { } // a comment (empty field) or a field a browser ignores
      }
    }
    return null;
  }

  /** Leaves: the connection is closed, as when a browser tab is closed. */
  @Override
  public void close() throws IOException {
    body.close();
  }
}
