package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The admin API of a server, called as any HTTP client would, with its answers as JSON. */
final class Admin {

  private Admin() {}

  static URI at(FakeResponsesServer server, String path) {
    return server.baseUri().resolve("/__admin/" + path);
  }

  static HttpResponse<String> post(FakeResponsesServer server, String path, String json)
      throws IOException, InterruptedException {
    return Http.post(at(server, path), json);
  }

  static HttpResponse<String> get(FakeResponsesServer server, String path)
      throws IOException, InterruptedException {
    return Http.get(at(server, path));
  }

  static HttpResponse<String> delete(FakeResponsesServer server, String path)
      throws IOException, InterruptedException {
    return Http.delete(at(server, path));
  }

  static HttpResponse<String> send(FakeResponsesServer server, String method, String path,
      String body) throws IOException, InterruptedException {
    return Http.send(HttpRequest.newBuilder(at(server, path))
        .method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Queues replies, failing unless the server took them. */
  static JsonObject queue(FakeResponsesServer server, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> answer = post(server, "replies", json);
    if (answer.statusCode() != 201) {
      throw new AssertionError("queueing " + json + " got " + answer.statusCode() + ": "
          + answer.body());
    }
    return json(answer);
  }

  static JsonObject json(HttpResponse<String> answer) {
    JsonValue json = Json.parse(answer.body()).orElseThrow(
        () -> new AssertionError("not JSON: " + answer.body()));
    return json.asJsonObject();
  }
}
