package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code ResponsesJson.fromJson(byte[], …)}: the same value whichever path its size takes. */
class BytesInputTest {

  private static final String SMALL = "{\"id\":\"resp_1\",\"object\":\"response\","
      + "\"created_at\":1,\"status\":\"completed\",\"model\":\"m\","
      + "\"output\":[{\"type\":\"message\",\"id\":\"msg_1\","
      + "\"role\":\"assistant\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\","
      + "\"annotations\":[],\"text\":\"TEXT\"}]}]}";

  @Test
  void smallAndLargeDocumentsReadAsTheirTextDoes() {
    for (String text : new String[] {"Grüße “quoted” 🌍", "x".repeat(400_000) + " “é” 🌍"}) {
      String json = SMALL.replace("TEXT", text);

      Response fromBytes = ResponsesJson.fromJson(json.getBytes(StandardCharsets.UTF_8),
          Response.class);

      assertThat(fromBytes).isEqualTo(ResponsesJson.fromJson(json, Response.class));
      assertThat(fromBytes.outputText()).isEqualTo(text);
    }
  }

  @Test
  void wideEncodingsAndAByteOrderMarkAreDetected() {
    String json = SMALL.replace("TEXT", "Grüße 🌍");
    Response expected = ResponsesJson.fromJson(json, Response.class);
    for (Charset charset : new Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
        Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")}) {
      assertThat(ResponsesJson.fromJson(json.getBytes(charset), Response.class))
          .as(charset.name()).isEqualTo(expected);
    }
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[utf8.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withMark, 3, utf8.length);
    assertThat(ResponsesJson.fromJson(withMark, Response.class)).isEqualTo(expected);
  }

  @Test
  void brokenBytesFailWithTheDocumentedException() {
    byte[] large = ("{\"id\":\"" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
    for (byte[] bytes : new byte[][] {new byte[0], "{".getBytes(StandardCharsets.UTF_8), large}) {
      assertThatThrownBy(() -> ResponsesJson.fromJson(bytes, Response.class))
          .isInstanceOf(ResponsesJsonException.class);
    }
  }
}
