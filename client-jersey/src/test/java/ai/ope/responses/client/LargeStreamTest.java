package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Long streams are read one event at a time: bounded memory; slow readers slow the server. */
class LargeStreamTest {

  private static final long MB = 1024 * 1024;

  @Test
  void aHundredMegabyteStreamIsReadInBoundedMemory() throws Exception {
    long deltas = 750_000; // about 100 MB of events, 7.5 MB of text
    try (GeneratedStreamServer server = new GeneratedStreamServer(deltas);
        ResponsesClient client = client(server)) {
      long baseline = usedAfterGc();
      long peak = 0;
      long seen = 0;
      try (ResponseStream stream = client.stream(Frames.request("Long"))) {
        for (ResponseStreamEvent event : stream) {
          if (event instanceof OutputTextDeltaEvent && ++seen % 250_000 == 0) {
            peak = Math.max(peak, usedAfterGc() - baseline);
          }
        }
        assertThat(stream.textSoFar()).hasSize((int) deltas * GeneratedStreamServer.DELTA.length());
      }

      assertThat(seen).isEqualTo(deltas);
      assertThat(server.written()).isGreaterThan(100 * MB);
      // what stays is the text (7.5 MB, twice while it is rebuilt), never the stream's bytes
      assertThat(peak).as("heap growth while streaming").isLessThan(40 * MB);
    }
  }

  @Test
  void aSlowSubscriberMakesTheServerWaitInsteadOfFillingMemory() throws Exception {
    try (GeneratedStreamServer server = new GeneratedStreamServer(2_000_000);
        ResponsesClient client = client(server)) {
      AtomicInteger received = new AtomicInteger();
      CountDownLatch tenEvents = new CountDownLatch(10);
      Flow.Subscription[] subscription = new Flow.Subscription[1];
      client.publisher(Frames.request("Slow reader")).subscribe(new Flow.Subscriber<>() {
        @Override
        public void onSubscribe(Flow.Subscription given) {
          subscription[0] = given;
          given.request(10);
        }

        @Override
        public void onNext(ResponseStreamEvent item) {
          received.incrementAndGet();
          tenEvents.countDown();
        }

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
      });
      assertThat(tenEvents.await(10, TimeUnit.SECONDS)).isTrue();

      long settled = waitUntilSteady(server);

      assertThat(received.get()).isEqualTo(10);
      // a 280 MB stream: the server got no further than the socket buffers hold
      assertThat(settled).as("bytes the server could write").isLessThan(32 * MB);
      subscription[0].cancel();
    }
  }

  private static long waitUntilSteady(GeneratedStreamServer server) throws InterruptedException {
    long last = -1;
    for (int i = 0; i < 50; i++) {
      Thread.sleep(200);
      long now = server.written();
      if (now == last) {
        return now;
      }
      last = now;
    }
    return last;
  }

  private static ResponsesClient client(GeneratedStreamServer server) {
    return TestTransport.on(ResponsesClient.builder()).lookup(name -> null)
        .apiKey(FakeServerFixture.KEY)
        .baseUrl(server.baseUrl()).streamIdleTimeout(Duration.ofSeconds(30)).build();
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
