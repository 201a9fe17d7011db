package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word-at-a-time scans stop exactly where a byte-by-byte scan stops, wherever the byte they
 * look for falls in a word and whatever bytes (non-ASCII ones included) surround it.
 */
class Utf8ScanTest {

  private static final byte[] INTERESTING = {'"', '\\', 0, 0x1F, ' ', '!', '\n', '\r', 0x0B,
      0x0C, 0x0E, 0x21, 0x23, 0x5B, 0x5D, 0x7F, (byte) 0x80, (byte) 0xA2, (byte) 0xDC,
      (byte) 0x8A, (byte) 0x8D, (byte) 0xFF, 'a', 'z', '0'};

  @Test
  void aStringsPlainRunEndsAtTheFirstQuoteBackslashOrControlCharacter() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = sample(random);
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);

      int expected = from;
      while (expected < to && bytes[expected] != '"' && bytes[expected] != '\\'
          && (bytes[expected] < 0 || bytes[expected] >= 0x20)) {
        expected++;
      }
      assertThat(Utf8Scan.plainRun(bytes, from, to)).isEqualTo(expected);
    }
  }

  @Test
  void aLongPlainRunIsScannedAWordAtATimeAndStillEndsExactly() {
    Random random = new Random(13);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = sample(random, 300, 80);
      int from = random.nextInt(bytes.length + 1);

      int expected = from;
      while (expected < bytes.length && bytes[expected] != '"' && bytes[expected] != '\\'
          && (bytes[expected] < 0 || bytes[expected] >= 0x20)) {
        expected++;
      }
      assertThat(Utf8Scan.plainRun(bytes, from, bytes.length)).isEqualTo(expected);
    }
  }

  @Test
  void aStringEndsAfterItsFirstUnescapedQuote() {
    Random random = new Random(14);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = sample(random, 300, 60);
      if (bytes.length == 0) {
        continue;
      }
      bytes[0] = '"';

      int expected = -1;
      for (int at = 1; at < bytes.length; at++) {
        if (bytes[at] == '\\') {
          at++;
        } else if (bytes[at] == '"') {
          expected = at + 1;
          break;
        }
      }
      assertThat(Utf8Scan.stringEnd(bytes, 0, bytes.length)).isEqualTo(expected);
    }
  }

  @Test
  void aLineEndsAtTheFirstCarriageReturnOrLineFeed() {
    Random random = new Random(12);
    for (int round = 0; round < 20_000; round++) {
      byte[] bytes = sample(random);
      int from = random.nextInt(bytes.length + 1);
      int to = from + random.nextInt(bytes.length - from + 1);

      int expected = from;
      while (expected < to && bytes[expected] != '\n' && bytes[expected] != '\r') {
        expected++;
      }
      assertThat(LineEnds.find(bytes, from, to)).isEqualTo(expected);
    }
  }

  /** Mostly plain letters, with a few of the bytes the scans must notice or must not. */
  private static byte[] sample(Random random) {
    return sample(random, 40, 6);
  }

  /** Up to {@code longest} bytes, one in {@code oneIn} of them chosen from the interesting. */
  private static byte[] sample(Random random, int longest, int oneIn) {
    byte[] bytes = new byte[random.nextInt(longest)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = random.nextInt(oneIn) == 0 ? INTERESTING[random.nextInt(INTERESTING.length)]
          : (byte) ('a' + random.nextInt(26));
    }
    return bytes;
  }
}
