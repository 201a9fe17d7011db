package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * {@code Builder.inspector(false)}: no page, whatever a browser asks for; the admin API and the
 * journal of responses stay.
 */
class InspectorSwitchTest {

  @Test
  void theInspectorIsOnByDefaultAtTheAdminRoot() {
    try (FakeResponsesServer server = FakeResponsesServer.start()) {
      assertThat(server.inspectorUri()).isEqualTo(server.baseUri().resolve("/__admin/"));
    }
  }

  @Test
  void offTheRootAnswersJsonToBrowsersAndThePagesFilesAreNotThere() throws Exception {
    try (FakeResponsesServer server = FakeResponsesServer.builder().inspector(false).start()) {
      HttpResponse<String> root = Http.send(HttpRequest.newBuilder(Admin.at(server, ""))
          .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
      HttpResponse<String> script = Admin.get(server, "inspector.js");
      HttpResponse<String> style = Admin.get(server, "inspector.css");

      assertThat(root.statusCode()).isEqualTo(200);
      assertThat(root.headers().firstValue("content-type")).hasValue("application/json");
      assertThat(Admin.json(root).getJsonArray("endpoints")).isNotEmpty();
      assertThat(script.statusCode()).isEqualTo(404);
      assertThat(style.statusCode()).isEqualTo(404);
      assertThatThrownBy(server::inspectorUri).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("inspector(false)");
    }
  }
}
