package ai.ope.responses.client.relay;

import ai.ope.responses.api.Response;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.SecretCanary;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The three parties of a relay, on loopback: the fake model server, the client pointed at it,
 * and a Jakarta REST server (Jersey on Grizzly) whose {@link RelayResource} relays to whoever
 * opens {@code /chat/{form}}.
 */
final class RelayServer implements AutoCloseable {

  /** Long enough never to end a healthy test, short enough that a hang fails it. */
  static final long PATIENCE_SECONDS = 20;

  final FakeResponsesServer model;
  final ResponsesClient client;
  final ExecutorService relayThreads = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "test-relay");
    thread.setDaemon(true);
    return thread;
  });
  private final BlockingQueue<CompletableFuture<Response>> relays = new LinkedBlockingQueue<>();
  private final BlockingQueue<RecordedRequest> answered = new LinkedBlockingQueue<>();
  private final HttpServer web;

  RelayServer() {
    model = FakeResponsesServer.builder().onAnswered(answered::add).start();
    client = ResponsesClient.builder()
        .apiKey(SecretCanary.KEY)
        .baseUrl(model.baseUri().toString())
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(PATIENCE_SECONDS))
        .build();
    ResourceConfig app = new ResourceConfig()
        .register(new RelayResource(client, relayThreads, relays));
    web = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app);
  }

  /** A browser opening the relay in one of its forms ({@link RelayResource}). */
  BrowserSse browse(String form) throws IOException, InterruptedException {
    int port = web.getListeners().iterator().next().getPort();
    return BrowserSse.open(URI.create("http://127.0.0.1:" + port + "/chat/" + form));
  }

  /** The future of the next relay the resource started. */
  CompletableFuture<Response> nextRelay() throws InterruptedException {
    CompletableFuture<Response> relay = relays.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (relay == null) {
      throw new AssertionError("the resource started no relay");
    }
    return relay;
  }

  /** The model server's journal entry of the next answer it finished, however it ended. */
  RecordedRequest nextAnswered() throws InterruptedException {
    RecordedRequest request = answered.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the model server finished no answer");
    }
    return request;
  }

  @Override
  public void close() {
    web.shutdownNow();
    client.close();
    model.close();
    relayThreads.shutdownNow();
  }
}
