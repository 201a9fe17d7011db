package ai.ope.responses.benchmarks;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import ai.ope.responses.testkit.RequestMatcher;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;

/**
 * The fake server and WireMock, each serving the same two bodies at {@code POST /v1/responses}:
 * the typical JSON answer, or a 200-event stream when the request asks for one. WireMock has no
 * streaming: it serves the stream's text as a plain body, which flatters it.
 */
interface ServedBodies extends AutoCloseable {

  /** Events in the stream served. */
  int STREAM_EVENTS = 200;

  /** Where clients send requests, ending in {@code /v1}. */
  URI baseUri();

  @Override
  void close();

  /** Starts the named engine: {@code fake-responses-server} or {@code wiremock}. */
  static ServedBodies start(String engine) {
    String json = Payloads.smallResponse();
    String stream = Payloads.textStream(STREAM_EVENTS - 2);
    return switch (engine) {
      case "fake-responses-server" -> fake(json, stream);
      case "wiremock" -> wireMock(json, stream);
      default -> throw new IllegalArgumentException("no such engine: " + engine);
    };
  }

  private static ServedBodies fake(String json, String stream) {
    // A long run would otherwise keep every request; WireMock gets the same limit.
    FakeResponsesServer server = FakeResponsesServer.builder().journalLimit(1_000).start();
    server.when(RequestMatcher.any()).reply(Reply.json(200, json));
    server.when(RequestMatcher.bodyContains("\"stream\":true")).reply(Reply.sse(stream));
    return new ServedBodies() {
      @Override
      public URI baseUri() {
        return server.baseUri();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }

  private static ServedBodies wireMock(String json, String stream) {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options()
        .bindAddress("127.0.0.1").dynamicPort().maxRequestJournalEntries(1_000));
    server.start();
    server.stubFor(WireMock.post(WireMock.urlPathEqualTo("/v1/responses")).atPriority(2)
        .willReturn(WireMock.aResponse().withStatus(200)
            .withHeader("content-type", "application/json").withBody(json)));
    server.stubFor(WireMock.post(WireMock.urlPathEqualTo("/v1/responses")).atPriority(1)
        .withRequestBody(WireMock.containing("\"stream\":true"))
        .willReturn(WireMock.aResponse().withStatus(200)
            .withHeader("content-type", "text/event-stream").withBody(stream)));
    return new ServedBodies() {
      @Override
      public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/v1");
      }

      @Override
      public void close() {
        server.stop();
      }
    };
  }
}
