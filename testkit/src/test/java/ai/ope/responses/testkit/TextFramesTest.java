package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The text frames the fake server writes, byte by byte as RFC 6455 §5.2 lays them out. */
class TextFramesTest {

  @Test
  void aShortMessageHasItsLengthInTheSecondByte() {
    assertThat(frame("héllo")).startsWith(0x81, 6).endsWith(bytes("héllo"));
  }

  @Test
  void lengthsFrom126To65535TakeTwoBytesAndLongerOnesEight() {
    String medium = "x".repeat(126);
    String large = "y".repeat(70_000);

    assertThat(frame(medium)).hasSize(4 + 126).startsWith(0x81, 126, 0, 126);
    assertThat(frame("z".repeat(0xFFFF))).startsWith(0x81, 126, 0xFF, 0xFF);
    assertThat(frame(large)).hasSize(10 + 70_000)
        .startsWith(0x81, 127, 0, 0, 0, 0, 0, 0x01, 0x11, 0x70);
  }

  @Test
  void framesFollowOneAnotherInOrder() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextFrames.append(out, "a");
    TextFrames.append(out, "");

    assertThat(unsigned(out.toByteArray())).containsExactly(0x81, 1, 'a', 0x81, 0);
  }

  private static int[] frame(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextFrames.append(out, text);
    return unsigned(out.toByteArray());
  }

  private static int[] bytes(String text) {
    return unsigned(text.getBytes(StandardCharsets.UTF_8));
  }

  private static int[] unsigned(byte[] bytes) {
    int[] values = new int[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xFF;
    }
    return values;
  }
}
