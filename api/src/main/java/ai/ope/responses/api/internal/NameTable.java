package ai.ope.responses.api.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of names (a record's member names, a union's discriminators) looked up by their
 * UTF-8 bytes, so that a known name read from the input never becomes a {@code String}.
 *
 * <p>Names are grouped by byte length; a lookup compares the bytes of the one or two candidates of
 * that length. Callers pass the index they expect (members mostly arrive in the order the server
 * always writes them), which is checked first and usually hits.
 */
final class NameTable {

  private final String[] names;
  private final byte[][] bytes;
  /** The same arrays, or null for a name that is not plain ASCII. */
  private final byte[][] plain;
  /** Indices of the names, ordered by byte length. */
  private final int[] byLength;
  /** {@code byLength[firstOfLength[n] .. firstOfLength[n + 1])} are the names of n bytes. */
  private final int[] firstOfLength;

  NameTable(List<String> names) {
    int count = names.size();
    this.names = names.toArray(new String[0]);
    this.bytes = new byte[count][];
    this.plain = new byte[count][];
    int longest = 0;
    for (int i = 0; i < count; i++) {
      bytes[i] = this.names[i].getBytes(StandardCharsets.UTF_8);
      longest = Math.max(longest, bytes[i].length);
      plain[i] = isPlainAscii(bytes[i]) ? bytes[i] : null;
    }
    this.firstOfLength = new int[longest + 2];
    for (byte[] name : bytes) {
      firstOfLength[name.length + 1]++;
    }
    for (int n = 1; n < firstOfLength.length; n++) {
      firstOfLength[n] += firstOfLength[n - 1];
    }
    this.byLength = new int[count];
    int[] next = Arrays.copyOf(firstOfLength, firstOfLength.length);
    for (int i = 0; i < count; i++) {
      byLength[next[bytes[i].length]++] = i;
    }
  }

  /** How many names the table holds. */
  int size() {
    return names.length;
  }

  /** The name at an index. */
  String name(int index) {
    return names[index];
  }

  /**
   * The UTF-8 bytes of the name at an index, for {@link Utf8JsonParser#expectName}: only when
   * the index is in range and the name is plain ASCII (no quote, backslash or control
   * character), else null. Never to be modified.
   */
  byte[] plainBytes(int index) {
    return index >= 0 && index < plain.length ? plain[index] : null;
  }

  /**
   * The index of the name spelled by {@code source[from, to)}, or -1.
   *
   * @param expected the index to try first; any value
   */
  int indexOf(byte[] source, int from, int to, int expected) {
    int length = to - from;
    if (expected >= 0 && expected < bytes.length && same(bytes[expected], source, from, length)) {
      return expected;
    }
    if (length + 1 >= firstOfLength.length) {
      return -1;
    }
    for (int at = firstOfLength[length]; at < firstOfLength[length + 1]; at++) {
      int candidate = byLength[at];
      if (same(bytes[candidate], source, from, length)) {
        return candidate;
      }
    }
    return -1;
  }

  private static boolean isPlainAscii(byte[] name) {
    for (byte b : name) {
      if (b < 0x20 || b == '"' || b == '\\') {
        return false;
      }
    }
    return true;
  }

  /** A plain loop: names are short, and the JDK's range checks cost more than the compare. */
  private static boolean same(byte[] name, byte[] source, int from, int length) {
    if (name.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (name[i] != source[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The index of a name already decoded (it was written with escapes), or -1. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
