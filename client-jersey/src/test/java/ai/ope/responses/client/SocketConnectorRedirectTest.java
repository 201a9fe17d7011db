package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Redirects on the built-in connector: followed as the JDK client's NORMAL policy does. */
class SocketConnectorRedirectTest {

  private final Client client = SocketConnectorTest.client();
  private RawHttpServer server;
  private RawHttpServer elsewhere;

  @AfterEach
  void close() {
    client.close();
    for (RawHttpServer open : new RawHttpServer[] {server, elsewhere}) {
      if (open != null) {
        open.close();
      }
    }
  }

  private static RawHttpServer redirecting(int status, String location) {
    return new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, number == 0
          ? "HTTP/1.1 " + status + " Moved\r\nLocation: " + location
              + "\r\nContent-Length: 5\r\n\r\nmoved"
          : "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nhere");
      return true;
    });
  }

  private String post(String body) {
    try (Response response = client.target(server.uri("/v1/responses")).request()
        .header("Authorization", "Bearer sk-redirect-test")
        .post(Entity.json(body))) {
      return response.getStatus() + " " + response.readEntity(String.class);
    }
  }

  @Test
  void a307SendsThePostAgainWithItsBodyOnTheSameConnection() {
    server = redirecting(307, "/v1/elsewhere");

    assertThat(post("{\"n\":1}")).isEqualTo("200 here");

    RawHttpServer.Request again = server.received.get(1);
    assertThat(again.line()).isEqualTo("POST /v1/elsewhere HTTP/1.1");
    assertThat(again.text()).isEqualTo("{\"n\":1}");
    assertThat(again.head()).contains("Authorization: Bearer sk-redirect-test");
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void a303BecomesAGetWithoutBody() {
    server = redirecting(303, "/v1/result");

    assertThat(post("{\"n\":1}")).isEqualTo("200 here");

    RawHttpServer.Request again = server.received.get(1);
    assertThat(again.line()).isEqualTo("GET /v1/result HTTP/1.1");
    assertThat(again.body()).isEmpty();
  }

  @Test
  void aRedirectToAnotherOriginDoesNotCarryTheKey() {
    elsewhere = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nthere");
      return true;
    });
    server = redirecting(308, elsewhere.uri("/v2/responses").toString());

    assertThat(post("{}")).isEqualTo("200 there");

    RawHttpServer.Request moved = elsewhere.received.get(0);
    assertThat(moved.line()).isEqualTo("POST /v2/responses HTTP/1.1");
    assertThat(moved.head()).doesNotContainIgnoringCase("authorization");
  }

  @Test
  void aRedirectToHttpFromHttpsIsNotFollowedAndNeitherIsOneWithoutLocation() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n");
      return true;
    });

    assertThat(post("{}")).isEqualTo("302 ");
  }

  @Test
  void endlessRedirectsEndWithAnError() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 307 Again\r\nLocation: /loop" + number
          + "\r\nContent-Length: 0\r\n\r\n");
      return true;
    });

    assertThatThrownBy(() -> post("{}"))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("more than 5 redirects");
    assertThat(server.received).hasSize(6);
  }
}
