package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.ProtocolException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The built-in HTTP/1.1 connector on what servers may send: every body framing, kept-alive and
 * closed connections, broken heads and bodies, redirects, and requests it must refuse to send.
 */
class SocketConnectorTest {

  private final Client client = client();
  private RawHttpServer server;

  static Client client() {
    return JerseyClientBuilder.createClient(new ClientConfig()
        .property(ClientProperties.READ_TIMEOUT, 5_000)
        .property(ClientProperties.CONNECT_TIMEOUT, 5_000)
        .connectorProvider(new SocketConnectorProvider()));
  }

  @AfterEach
  void close() {
    client.close();
    if (server != null) {
      server.close();
    }
  }

  private String post(String path, String body) {
    try (Response response = client.target(server.uri(path)).request()
        .post(Entity.json(body))) {
      return response.getStatus() + " " + response.readEntity(String.class);
    }
  }

  @Test
  void aChunkedBodyWithExtensionsAndTrailersIsReadWholeOnAKeptConnection() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "5;name=value\r\nHello\r\n1\r\n,\r\n6\r\n world\r\n0\r\nX-Trailer: t\r\n\r\n");
      return true;
    });

    assertThat(post("/a", "{}")).isEqualTo("200 Hello, world");
    assertThat(post("/b", "{}")).isEqualTo("200 Hello, world");
    assertThat(server.connections()).as("the connection is reused").isEqualTo(1);
  }

  @Test
  void aBodyOfKnownLengthKeepsTheConnectionAndThePostIsSentAsIs() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok");
      return true;
    });

    assertThat(post("/v1/responses?x=1", "{\"a\":1}")).isEqualTo("201 ok");
    assertThat(post("/v1/responses", "{\"a\":2}")).isEqualTo("201 ok");

    assertThat(server.connections()).isEqualTo(1);
    RawHttpServer.Request first = server.received.get(0);
    assertThat(first.line()).isEqualTo("POST /v1/responses?x=1 HTTP/1.1");
    assertThat(first.head()).containsIgnoringCase("content-length: 7")
        .containsIgnoringCase("content-type: application/json")
        .contains("Host: 127.0.0.1:");
    assertThat(first.text()).isEqualTo("{\"a\":1}");
    assertThat(server.received).hasSize(2);
  }

  @Test
  void aBodyWithoutLengthEndsWithTheConnectionWhichIsNotReused() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil the end");
      return false;
    });

    assertThat(post("/", "{}")).isEqualTo("200 until the end");
    assertThat(post("/", "{}")).isEqualTo("200 until the end");
    assertThat(server.connections()).isEqualTo(2);
  }

  @Test
  void aByteArrayBodyStillGoesThroughTheWriterInterceptorsOfAJaxRsClient() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
      return true;
    });
    client.register((jakarta.ws.rs.ext.WriterInterceptor) context -> {
      context.proceed();
      context.getOutputStream().write('!');
    });
    byte[] body = "{\"n\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    client.target(server.uri("/")).request()
        .post(Entity.entity(body, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE)).close();
    client.target(server.uri("/")).request().post(Entity.json(body)).close();

    assertThat(server.received).extracting(RawHttpServer.Request::text)
        .containsExactly("{\"n\":1}!", "{\"n\":1}!");
  }

  @Test
  void aConnectionTheServerClosedWhileIdleIsNotUsedForTheNextRequest() throws Exception {
    // No "Connection: close": the server just closes, as one does after its idle timeout.
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\n#" + number + "!");
      return false;
    });

    assertThat(post("/", "{}")).isEqualTo("200 #0!");
    server.awaitClosed(1);
    assertThat(post("/", "{}")).as("no failure, no POST sent twice").isEqualTo("200 #1!");
    assertThat(server.received).hasSize(2);
  }

  @Test
  void aChunkedBodyCutAfterItsLastChunkIsWholeButACutInsideAChunkIsAnError() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          + (number == 0 ? "4\r\nwhol\r\n1\r\ne\r\n0\r\n" : "9\r\ncut "));
      return false;
    });

    assertThat(post("/", "{}")).isEqualTo("200 whole");
    assertThatThrownBy(() -> post("/", "{}"))
        .isInstanceOf(ProcessingException.class)
        .hasStackTraceContaining("the connection closed inside a chunk");
  }

  @Test
  void aNoContentAnswerHasNoBodyAndKeepsTheConnection() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, number == 0 ? "HTTP/1.1 204 No Content\r\n\r\n"
          : "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nnext");
      return true;
    });

    try (Response response = client.target(server.uri("/")).request().delete()) {
      assertThat(response.getStatus()).isEqualTo(204);
      assertThat(response.hasEntity()).isFalse();
    }
    assertThat(post("/", "{}")).isEqualTo("200 next");
    assertThat(server.connections()).isEqualTo(1);
    assertThat(server.received.get(0).line()).isEqualTo("DELETE / HTTP/1.1");
  }

  @Test
  void aHeaderValueWithALineBreakIsRefusedBeforeAnythingIsSent() {
    server = new RawHttpServer((number, request, out) -> true);

    assertThatThrownBy(() -> client.target(server.uri("/")).request()
        .header("X-Note", "a\r\nX-Injected: yes").get())
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("invalid character in the value of header X-Note")
        .hasMessageNotContaining("Injected");
    assertThat(server.received).isEmpty();
  }

  @Test
  void aBrokenStatusLineIsAnErrorNotAHang() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "SSH-2.0-OpenSSH\r\n\r\n");
      return false;
    });

    assertThatThrownBy(() -> post("/", "{}"))
        .isInstanceOf(ProcessingException.class)
        .hasRootCauseInstanceOf(ProtocolException.class)
        .hasMessageContaining("not an HTTP/1.x status line");
  }

  @Test
  void aBodyShorterThanItsLengthIsAnError() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this");
      return false;
    });

    assertThatThrownBy(() -> post("/", "{}"))
        .isInstanceOf(ProcessingException.class)
        .hasRootCauseInstanceOf(java.io.EOFException.class)
        .hasStackTraceContaining("the connection closed 91 bytes before the end");
  }

  @Test
  void conflictingLengthsAreRefused() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc");
      return false;
    });

    assertThatThrownBy(() -> post("/", "{}"))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("invalid Content-Length");
  }

  @Test
  void closingABodyFromAnotherThreadEndsABlockedReadAndDropsTheConnection() throws Exception {
    server = new RawHttpServer((number, request, out) -> {
      if (number == 0) {
        RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "6\r\nfirst \r\n");
        out.flush();
        Thread.sleep(30_000); // then nothing: the client is left waiting
        return false;
      }
      RawHttpServer.write(out, "HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nafter");
      return true;
    });
    Response response = client.target(server.uri("/")).request().get();
    InputStream body = response.readEntity(InputStream.class);
    assertThat(new String(body.readNBytes(6), java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("first ");

    CompletableFuture<Integer> blocked = CompletableFuture.supplyAsync(() -> {
      try {
        return body.read();
      } catch (java.io.IOException e) {
        return -2;
      }
    });
    Thread.sleep(100); // the read is blocked by now (if not, it starts on a closed body)
    body.close();

    assertThat(blocked.get(5, TimeUnit.SECONDS)).isIn(-1, -2);
    assertThat(post("/", "{}")).isEqualTo("200 after");
    assertThat(server.connections()).as("the abandoned connection is not reused").isEqualTo(2);
  }

  @Test
  void interimAnswersAreSkipped() {
    server = new RawHttpServer((number, request, out) -> {
      RawHttpServer.write(out, "HTTP/1.1 100 Continue\r\n\r\n"
          + "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone");
      return true;
    });

    assertThat(post("/", "{}")).isEqualTo("200 done");
  }
}
