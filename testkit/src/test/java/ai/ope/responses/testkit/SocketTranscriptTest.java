package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The WebSocket connection file of a cassette: what a reviewer reads, and what replay reads. */
class SocketTranscriptTest {

  @Test
  void readsWhatItWritesFramesPausesQueryAndClose() {
    SocketTranscript written = new SocketTranscript("/v1/responses", "beta=true", List.of(
        new SocketTranscript.Frame(true, 0, "{\"type\":\"response.create\",\"model\":\"m\"}"),
        new SocketTranscript.Frame(false, 412, "{\"type\":\"response.created\"}")),
        new SocketTranscript.Close(20, 1000, "client"));

    String text = written.format();

    assertThat(text).contains("GET /v1/responses?beta=true\n",
        "> +0ms {\"type\":\"response.create\",\"model\":\"m\"}\n",
        "< +412ms {\"type\":\"response.created\"}\n", "close +20ms 1000 client\n");
    assertThat(SocketTranscript.parse(text)).isEqualTo(written);
  }

  @Test
  void aFrameStaysOneLineWhateverLineBreaksItHeld() {
    SocketTranscript written = new SocketTranscript("/v1/responses", "", List.of(
        new SocketTranscript.Frame(false, 1, "{\n  \"type\": \"error\"\r\n}")), null);

    SocketTranscript read = SocketTranscript.parse(written.format());

    assertThat(read.frames()).singleElement().satisfies(frame -> {
      assertThat(frame.text()).doesNotContain("\n", "\r");
      assertThat(Json.parse(frame.text())).isPresent();
    });
  }

  @Test
  void commentsAndBlankLinesAreSkippedAndAnEmptyFrameIsKept() {
    SocketTranscript read = SocketTranscript.parse(
        "# a note\n\nGET /v1/responses\n# between\n> +3ms\n");

    assertThat(read.frames()).containsExactly(new SocketTranscript.Frame(true, 3, ""));
    assertThat(read.close()).isNull();
  }

  @Test
  void aMalformedLineIsNamedByItsNumber() {
    assertThatThrownBy(() -> SocketTranscript.parse("GET /v1/responses\n> 12ms {}\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: expected \"> +Nms <frame>\"");
    assertThatThrownBy(() -> SocketTranscript.parse("POST /v1/responses\n"))
        .hasMessageStartingWith("line 1: expected the opening line");
    assertThatThrownBy(() -> SocketTranscript.parse("# only a comment\n"))
        .hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> SocketTranscript.parse(
        "GET /v1/responses\nclose +1ms 1000 client\n< +1ms {}\n"))
        .hasMessageStartingWith("line 3: nothing may follow the close line");
    assertThatThrownBy(() -> SocketTranscript.parse("GET /v1/responses\nclose +1ms 1000 me\n"))
        .hasMessageStartingWith("line 2:");
  }
}
