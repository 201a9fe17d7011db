package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.FakeResponsesServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One client shared by many threads, each making every kind of call: none fails, and every
 * thread gets the answers to its own requests (the echo server answers each with its input).
 */
class SharedClientTest {

  private static final int THREADS = 32;
  private static final int CALLS_PER_ROUND = 8;
  /**
   * Eight calls a round. A call costs a few milliseconds of CPU (client and server in this JVM),
   * so the build runs 10 rounds; {@code -Dresponses.load.rounds=N} runs more.
   */
  private static final int ROUNDS = Integer.getInteger("responses.load.rounds", 10);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void thirtyTwoThreadsShareOneClient() throws Exception {
    FakeResponsesServer server = FakeResponsesServer.builder()
        .fallback(FakeResponsesServer.Fallback.MODEL).start();
    try (FakeServerFixture fixture = new FakeServerFixture(server, builder -> builder
        .maxRetries(0))) {
      // each thread's input has its own length, so its token count is its own too
      List<Integer> expectedTokens = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        expectedTokens.add(fixture.client.countInputTokens(
            InputTokensRequest.of(request(input(thread, 0)))).inputTokens());
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      long started = System.nanoTime();
      try {
        List<Future<?>> threads = new ArrayList<>();
        for (int thread = 0; thread < THREADS; thread++) {
          int self = thread;
          threads.add(pool.submit(() -> {
            for (int round = 0; round < ROUNDS; round++) {
              oneRound(fixture.client, self, round, expectedTokens.get(self));
            }
            return null;
          }));
        }
        for (Future<?> thread : threads) {
          thread.get(100, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      int calls = THREADS * ROUNDS * CALLS_PER_ROUND;
      System.out.println(String.format(Locale.ROOT, "[load] one ResponsesClient, %d threads:"
          + " %d calls in %.1f s, %.0f calls/s", THREADS, calls, seconds, calls / seconds));
      assertThat(server.unmatchedRequests()).isEmpty();
    }
  }

  /**
   * Create, stream, retrieve, list input items, count tokens, delete both, retrieve the deleted:
   * each answer checked.
   */
  private static void oneRound(ResponsesClient client, int thread, int round, int tokens) {
    String input = input(thread, round);
    Response created = client.create(request(input));
    assertThat(created.outputText()).isEqualTo("You said: " + input);
    assertThat(created.metadata()).containsEntry("thread", Integer.toString(thread));

    Response streamed;
    try (ResponseStream stream = client.stream(request(input + " streamed"))) {
      streamed = stream.finalResponse();
    }
    assertThat(streamed.outputText()).isEqualTo("You said: " + input + " streamed");

    assertThat(client.retrieve(created.id()).outputText()).isEqualTo("You said: " + input);
    InputItemList items = client.listInputItems(created.id(), InputItemsParams.defaults());
    assertThat(items.data()).singleElement()
        .satisfies(item -> assertThat(((Message) item).text()).isEqualTo(input));
    assertThat(client.countInputTokens(InputTokensRequest.of(request(input(thread, 0))))
        .inputTokens()).isEqualTo(tokens);

    DeletedResponse deleted = client.delete(created.id());
    assertThat(deleted.id()).isEqualTo(created.id());
    assertThat(client.delete(streamed.id()).deleted()).isTrue();
    assertThatThrownBy(() -> client.retrieve(created.id()))
        .isInstanceOf(NotFoundException.class);
  }

  /** The thread's input: its number, padded to a length of its own, and the round. */
  private static String input(int thread, int round) {
    return "thread-" + thread + "-" + "x".repeat(thread * 8) + "-round-" + round;
  }

  private static CreateResponseRequest request(String input) {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input(input)
        .metadata(Map.of("thread", input.substring(7, input.indexOf('-', 7)))).build();
  }
}
