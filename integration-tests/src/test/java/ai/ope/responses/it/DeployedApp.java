package ai.ope.responses.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The WAR as deployed on a running server, called over HTTP like any client would. Every failure
 * message ends with the tail of the server's log: the reason is usually there.
 */
final class DeployedApp {

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI api;
  private final ServerProcess server;

  DeployedApp(int port, ServerProcess server) {
    this.api = URI.create("http://127.0.0.1:" + port + "/it/api/");
    this.server = server;
  }

  ServerProcess server() {
    return server;
  }

  /** The address of a resource of the application. */
  URI uri(String path) {
    return api.resolve(path);
  }

  /** Waits for the application to answer; fails with the log when the server dies or is slow. */
  void awaitUp(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (status("health") != 200) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("The application did not come up on " + server + " within "
            + limit.toSeconds() + " s" + server.tail());
      }
      Thread.sleep(250);
    }
  }

  /** The status of a GET, or -1 when nothing answers (yet). */
  int status(String path) throws InterruptedException {
    try {
      return send(HttpRequest.newBuilder(api.resolve(path)).GET()).statusCode();
    } catch (IOException nothingListening) {
      return -1;
    }
  }

  /** GET a resource with the question as {@code q}; the text of a 200, else an AssertionError. */
  String ask(String resource, String question) throws InterruptedException {
    return get(resource + "?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
  }

  /** GET: the text of a 200 answer, else an AssertionError with the server's log. */
  String get(String path) throws InterruptedException {
    return expectOk(HttpRequest.newBuilder(api.resolve(path)).GET());
  }

  /** POST a text body: the text of a 200 answer, else an AssertionError with the log. */
  String post(String path, String body) throws InterruptedException {
    return expectOk(HttpRequest.newBuilder(api.resolve(path))
        .header("Content-Type", "text/plain; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private String expectOk(HttpRequest.Builder request) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response = send(request);
    } catch (IOException e) {
      throw new AssertionError(request.build().uri() + " failed: " + e + server.tail(), e);
    }
    if (response.statusCode() != 200) {
      throw new AssertionError(response.request().uri() + " answered " + response.statusCode()
          + ": " + response.body() + server.tail());
    }
    return response.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
