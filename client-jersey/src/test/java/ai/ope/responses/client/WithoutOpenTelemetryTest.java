package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import org.junit.jupiter.api.Test;

/**
 * The client without the OpenTelemetry API on the class path (the surefire execution
 * {@code without-opentelemetry} removes it): it builds, calls and streams, telemetry simply
 * absent, and its listeners still run.
 */
class WithoutOpenTelemetryTest {

  @Test
  void theClientWorksWithoutTheOpenTelemetryApi() {
    assertThat(Telemetry.apiPresent()).as("this execution's class path has no OpenTelemetry")
        .isFalse();
    RecordingListener listener = new RecordingListener();
    try (FakeServerFixture fixture = new FakeServerFixture(FakeResponsesServer.start(),
        builder -> builder.listener(listener).captureContent(true))) {
      fixture.server.enqueue(Reply.text("plain"));
      fixture.server.enqueue(Reply.text("streamed").withChunks(2));

      assertThat(fixture.client.create(Frames.request("Hi")).outputText()).isEqualTo("plain");
      try (ResponseStream stream = fixture.client.stream(Frames.request("Hi"))) {
        assertThat(stream.finalResponse().outputText()).isEqualTo("streamed");
      }

      assertThat(fixture.server.requests()).allSatisfy(
          request -> assertThat(request.header("traceparent")).isEmpty());
      assertThat(listener.seen).contains("end Response", "stream end COMPLETED");
    }
  }
}
