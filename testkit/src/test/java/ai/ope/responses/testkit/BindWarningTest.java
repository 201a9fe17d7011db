package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** A server reachable from other machines says so, as a warning, when it starts. */
class BindWarningTest {

  @Test
  void loopbackIsQuiet() {
    try (CapturedLogs logs = new CapturedLogs();
        FakeResponsesServer server = FakeResponsesServer.start()) {
      assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
      assertThat(logs.warnings()).isEmpty();
    }
  }

  @Test
  void everyInterfaceWarns() throws Exception {
    // bound for a moment on a free port, and nothing is sent: only the warning is checked
    try (CapturedLogs logs = new CapturedLogs();
        FakeResponsesServer server = FakeResponsesServer.builder()
            .bindAddress(InetAddress.getByName("0.0.0.0")).start()) {
      assertThat(logs.warnings()).singleElement().asString()
          .contains("every network interface, port " + server.port())
          .contains("reachable from other machines");
    }
  }
}
