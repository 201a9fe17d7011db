package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link inside a cassette that leads out of it is refused by replay and lint, and never read or
 * removed by the recorder: a cassette from someone else's commit cannot make a test read
 * {@code /etc/passwd}.
 */
class CassetteLinksTest {

  @TempDir
  Path temp;
  private Path cassette;
  private Path outside;

  @BeforeEach
  void aCassetteAndAFolderOutsideIt() throws IOException {
    cassette = Files.createDirectories(temp.resolve("cassette"));
    outside = Files.createDirectories(temp.resolve("outside/001-ask"));
    Files.writeString(outside.resolve("request.json"),
        "{\"method\":\"POST\",\"path\":\"/v1/responses\",\"body\":{\"secret\":\"outside\"}}");
    Files.writeString(outside.resolve("response.json"), "{\"status\":200,\"body\":{}}");
  }

  @Test
  void aLinkedInteractionFolderIsRefused() throws IOException {
    link(cassette.resolve("001-ask"), outside);

    assertThatThrownBy(() -> Cassette.load(cassette)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leads outside its cassette folder");
    assertThat(CassetteLint.check(cassette)).singleElement().asString()
        .contains("001-ask: a link out of the cassette, not read");
  }

  @Test
  void aLinkedFileIsRefused() throws IOException {
    Path interaction = Files.createDirectories(cassette.resolve("001-ask"));
    Files.writeString(interaction.resolve("response.json"), "{\"status\":200,\"body\":{}}");
    link(interaction.resolve("request.json"), outside.resolve("request.json"));

    assertThatThrownBy(() -> Cassette.load(cassette)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("request.json leads outside");
    assertThat(CassetteLint.check(cassette)).anySatisfy(defect -> assertThat(defect)
        .contains("leads outside"));
  }

  @Test
  void recordingAgainNeitherReadsNorRemovesWhatALinkLeadsTo() throws Exception {
    link(cassette.resolve("001-ask"), outside);
    link(cassette.resolve("notes.json"), outside.resolve("request.json"));

    try (FakeResponsesServer upstream = FakeResponsesServer.start();
        FakeResponsesServer recorder = FakeResponsesServer.builder()
            .recording(Recording.to(cassette).upstream(upstream.baseUri()).mode(RecordMode.ALL))
            .start()) {
      upstream.enqueue(Reply.text("recorded"));

      assertThat(Http.post(Http.at(recorder, "/responses"), "{\"model\":\"m\",\"input\":\"x\"}")
          .statusCode()).isEqualTo(200);
    }

    assertThat(outside.resolve("request.json")).exists().content().contains("outside");
    try (var written = Files.list(cassette)) {
      assertThat(written.map(path -> path.getFileName().toString()))
          .contains("001-post-responses", "notes.json").doesNotContain("001-ask");
    }
    assertThat(Files.readString(cassette.resolve("001-post-responses/request.json")))
        .doesNotContain("outside");
  }

  private static void link(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException noLinks) {
      Assumptions.abort("this file system has no symbolic links: " + noLinks);
    }
  }
}
