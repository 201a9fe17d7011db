package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many clients at once against one server, half JSON creates, half streams: every answer is the
 * one scripted for the client that asked (no cross-talk), none fails. The figures are printed,
 * never asserted: the machine is shared.
 */
class ConcurrentClientsTest {

  private static final int CLIENTS = 64;
  /**
   * Per client: 32,000 requests in all, 25 to 35 s on 2 busy cores. A quick local run can ask
   * for fewer with {@code -Dresponses.load.requests=N}.
   */
  private static final int REQUESTS = Integer.getInteger("responses.load.requests", 500);

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void sixtyFourClientsEachGetTheirOwnAnswers() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      List<String> tokens = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        String token = "client-" + i + "-" + UUID.randomUUID();
        tokens.add(token);
        // keyed by request content: only this client's requests carry its token
        server.when(RequestMatcher.jsonString("/metadata/client", token))
            .reply(Reply.builder().text(answerFor(token)).chunks(3).build());
      }
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
      List<Future<long[]>> results = new ArrayList<>();
      long started = System.nanoTime();
      try {
        for (String token : tokens) {
          results.add(pool.submit(() -> runClient(server.baseUri(), token)));
        }
        List<long[]> latencies = new ArrayList<>();
        for (Future<long[]> result : results) {
          latencies.add(result.get(100, TimeUnit.SECONDS));
        }
        long elapsed = System.nanoTime() - started;
        LoadFigures figures = LoadFigures.of(latencies, elapsed);
        System.out.println("[load] fake server, " + CLIENTS + " JDK clients x " + REQUESTS
            + " requests (half streams): " + figures);
        assertThat(figures.requests()).isEqualTo(CLIENTS * REQUESTS);
      } finally {
        pool.shutdownNow();
      }
      assertThat(server.unmatchedRequests()).isEmpty();
      assertThat(server.requestCount()).isEqualTo(CLIENTS * REQUESTS);
    }
  }

  /** One client's requests, checked one by one; returns each request's latency in nanoseconds. */
  private static long[] runClient(URI baseUri, String token) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    URI create = URI.create(baseUri + "/responses");
    long[] latencies = new long[REQUESTS];
    for (int n = 0; n < REQUESTS; n++) {
      boolean stream = n % 2 == 1;
      String request = token + "/" + n;
      String body = "{\"model\":\"m\",\"input\":\"" + request + "\",\"store\":false,"
          + "\"stream\":" + stream + ",\"metadata\":{\"client\":\"" + token + "\",\"request\":\""
          + request + "\"}}";
      long sent = System.nanoTime();
      HttpResponse<String> answer = client.send(HttpRequest.newBuilder(create)
          .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      latencies[n] = System.nanoTime() - sent;
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      Response response = stream ? streamed(answer.body(), token) : ResponsesJson.fromJson(
          answer.body(), Response.class);
      assertThat(response.outputText()).isEqualTo(answerFor(token));
      assertThat(response.metadata()).containsEntry("client", token)
          .containsEntry("request", request);
    }
    return latencies;
  }

  /** The completed response of a stream, after checking its deltas spell the client's answer. */
  private static Response streamed(String sse, String token) {
    StringBuilder deltas = new StringBuilder();
    Response completed = null;
    for (ServerSentEvent frame : ServerSentEvent.parseAll(sse)) {
      ResponseStreamEvent event = frame.toEvent();
      if (event instanceof OutputTextDeltaEvent delta) {
        deltas.append(delta.delta());
      } else if (event instanceof ResponseCompletedEvent done) {
        completed = done.response();
      }
    }
    assertThat(deltas).hasToString(answerFor(token));
    assertThat(completed).as("the stream completes").isNotNull();
    return completed;
  }

  private static String answerFor(String token) {
    return "Answer for " + token + ".";
  }
}
