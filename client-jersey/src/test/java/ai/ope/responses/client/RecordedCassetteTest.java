package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordMode;
import ai.ope.responses.testkit.Recording;
import ai.ope.responses.testkit.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The client records a cassette through the testkit's recorder with the canary key: the cassette
 * holds the answers, never the key. It is written under {@code target}, where
 * {@link SecretCanaryCheck} scans it again at the end of the run.
 */
class RecordedCassetteTest {

  @Test
  void aCassetteRecordedWithTheClientHoldsNoKey() throws Exception {
    Path folder = Path.of(System.getProperty("basedir", ""), "target", "recorded-cassettes",
        "canary");
    try (FakeResponsesServer upstream = FakeResponsesServer.start()) {
      upstream.enqueue(Reply.text("recorded"));
      upstream.enqueue(Reply.text("streamed"));
      try (FakeResponsesServer recorder = FakeResponsesServer.builder()
          .recording(Recording.to(folder).upstream(upstream.baseUri()).mode(RecordMode.ALL))
          .start();
          FakeServerFixture fixture = new FakeServerFixture(recorder, builder -> { })) {
        assertThat(fixture.client.create(ResponsesClientTest.request("one")).outputText())
            .isEqualTo("recorded");
        try (ResponseStream stream = fixture.client.stream(ResponsesClientTest.request("two"))) {
          assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
        }
        assertThat(recorder.recordingProblems()).isEmpty();
      }
      assertThat(upstream.takeRequest().header("Authorization"))
          .hasValue("Bearer " + SecretCanary.KEY);
    }

    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(5);
    for (Path file : files) {
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain(SecretCanary.KEY);
    }
    try (FakeResponsesServer replay = FakeResponsesServer.builder()
        .cassette(Cassette.load(folder)).start();
        FakeServerFixture fixture = new FakeServerFixture(replay, builder -> { })) {
      Response replayed = fixture.client.create(ResponsesClientTest.request("one"));
      assertThat(replayed.outputText()).isEqualTo("recorded");
    }
  }
}
