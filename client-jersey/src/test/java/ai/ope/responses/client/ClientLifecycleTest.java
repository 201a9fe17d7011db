package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * After {@code close()} nothing the client started is still running: an application that ends
 * its {@code main}, a CDI container that shuts down and a WAR that is undeployed leave no thread
 * of ours behind (one used to keep {@code mvn exec:java} waiting 15 s, and would pin an
 * undeployed application's class loader).
 */
class ClientLifecycleTest {

  @ParameterizedTest
  @EnumSource(HttpTransport.class)
  void closeEndsEveryThreadTheClientAndTheFakeServerStarted(HttpTransport transport)
      throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    FakeResponsesServer server = FakeResponsesServer.start();
    ResponsesClient client = ResponsesClient.builder().lookup(name -> null)
        .apiKey(FakeServerFixture.KEY).baseUrl(server.baseUri().toString())
        .httpTransport(transport).telemetryEnabled(false)
        .readTimeout(Duration.ofSeconds(10)).streamIdleTimeout(Duration.ofSeconds(10)).build();
    server.enqueue(Reply.text("one"));
    server.enqueue(Reply.text("two"));
    server.enqueue(Reply.text("three"));

    assertThat(client.create(request()).outputText()).isEqualTo("one");
    try (ResponseStream stream = client.stream(request())) {
      for (ResponseStreamEvent ignored : stream) {
        // read to the end, as an application does
      }
      assertThat(stream.finalResponse().outputText()).isEqualTo("two");
    }
    assertThat(client.createAsync(request()).toCompletableFuture().get(10, TimeUnit.SECONDS).outputText())
        .isEqualTo("three");
    client.close();
    client.close(); // idempotent
    server.close();

    assertThat(threadsStartedSince(before, transport)).isEmpty();
    assertThatThrownBy(() -> client.create(request())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  /**
   * The threads started since {@code before} that are still alive, each given a moment to end
   * (an executor's thread ends just after its pool says it has). The JDK HttpClient's own
   * selector thread is left out on Java 17, where nothing can stop it (it ends once the client
   * is collected); on 21+ {@code close()} stops it too.
   */
  private static List<String> threadsStartedSince(Set<Thread> before, HttpTransport transport)
      throws InterruptedException {
    boolean jdkClientStoppable = Runtime.version().feature() >= 21;
    List<Thread> started = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread))
        .filter(thread -> jdkClientStoppable || transport != HttpTransport.JDK_HTTP_CLIENT
            || !thread.getName().startsWith("HttpClient-"))
        .toList();
    for (Thread thread : started) {
      thread.join(2_000);
    }
    return started.stream().filter(Thread::isAlive)
        .map(thread -> thread.getName() + (thread.isDaemon() ? " (daemon)" : ""))
        .collect(Collectors.toList());
  }

  private static CreateResponseRequest request() {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input("Hi").build();
  }
}
