package ai.ope.responses.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Server-to-client WebSocket text frames, encoded as RFC 6455 §5.2 lays them out: one final
 * frame per message, unmasked (only a client masks), the payload's length in 7, 16 or 64 bits.
 * Written here rather than by Grizzly's protocol handler because its UTF-8 encoder cost a quarter
 * of the time of sending a long answer's frames (measured); the JDK's encoder is intrinsic.
 */
final class TextFrames {

  /** FIN set, no extension bits, opcode 1 (text). */
  private static final int FINAL_TEXT = 0x81;

  private TextFrames() {}

  /** Appends one text frame holding this message. */
  static void append(ByteArrayOutputStream out, String text) {
    byte[] payload = text.getBytes(StandardCharsets.UTF_8);
    out.write(FINAL_TEXT);
    if (payload.length < 126) {
      out.write(payload.length);
    } else if (payload.length <= 0xFFFF) {
      out.write(126);
      out.write(payload.length >>> 8);
      out.write(payload.length & 0xFF);
    } else {
      out.write(127);
      long length = payload.length;
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (length >>> shift) & 0xFF);
      }
    }
    out.write(payload, 0, payload.length);
  }
}
