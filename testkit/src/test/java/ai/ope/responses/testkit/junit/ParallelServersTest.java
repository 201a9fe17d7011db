package ai.ope.responses.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Tests running in parallel each get their own server: scripted replies and journals never mix.
 * The latch makes the first tests wait until several run at once.
 */
@FakeResponses
@Execution(ExecutionMode.CONCURRENT)
class ParallelServersTest {

  private static final Set<Integer> PORTS = ConcurrentHashMap.newKeySet();
  private static final CountDownLatch TOGETHER = new CountDownLatch(2);

  @RepeatedTest(6)
  void eachTestHasItsOwnServer(FakeResponsesServer server) throws Exception {
    TOGETHER.countDown();
    TOGETHER.await(10, TimeUnit.SECONDS);
    String marker = "test-" + server.port();
    server.enqueue(Reply.text(marker));

    String answer = DeclarativeExtensionTest.post(server.baseUri(),
        "{\"model\":\"m\",\"input\":\"" + marker + "\"}").body();

    assertThat(answer).contains(marker);
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.bodyAsString()).contains(marker);
    assertThat(server.requestCount()).isEqualTo(1);
    assertThat(PORTS.add(server.port())).as("a port used by one test only").isTrue();
  }
}
