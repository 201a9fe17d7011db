package ai.ope.responses.client;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.time.Duration;

/** A fake server and a client pointed at it, for one test. */
final class FakeServerFixture implements AutoCloseable {

  static final String KEY = SecretCanary.KEY;

  final FakeResponsesServer server;
  final ResponsesClient client;

  FakeServerFixture() {
    this(FakeResponsesServer.start(), builder -> { });
  }

  FakeServerFixture(FakeResponsesServer server,
      java.util.function.Consumer<ResponsesClientBuilder> options) {
    this.server = server;
    ResponsesClientBuilder builder = ResponsesClient.builder()
        .lookup(name -> null)
        .apiKey(KEY)
        .baseUrl(server.baseUri().toString())
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(10));
    options.accept(builder);
    this.client = TestTransport.on(builder).build();
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
