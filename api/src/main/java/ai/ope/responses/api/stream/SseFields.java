package ai.ope.responses.api.stream;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fields of the event being read, kept as bytes: {@code data:} lines are joined in one
 * reusable buffer, the {@code event:} name is kept as bytes and becomes a string only when asked
 * for (the same name, event after event, is the same string). Once dispatched, an event's fields
 * stay readable until the next event's first line.
 */
final class SseFields {

  private byte[] data = new byte[1024];
  private int dataLength;
  private boolean hasData;
  private boolean dataComplete;
  private byte[] name = new byte[64];
  /** The pending event's name length, or -1 when it has no {@code event:} line. */
  private int nameLength = -1;
  private String id;

  private int dispatchedDataLength;
  private int dispatchedNameLength = -1;
  private byte[] lastName = new byte[0];
  private String lastNameText = "";

  /** Takes one non-empty line: a comment, or a field of the pending event. */
  void take(byte[] line, int from, int to, boolean complete) {
    if (line[from] == ':') {
      return;
    }
    int colon = from;
    while (colon < to && line[colon] != ':') {
      colon++;
    }
    int value = colon < to ? colon + 1 : to;
    if (value < to && line[value] == ' ') {
      value++;
    }
    if (is(line, from, colon, "data")) {
      appendData(line, value, to);
      dataComplete = complete;
    } else if (is(line, from, colon, "event")) {
      nameLength = to - value;
      if (nameLength > name.length) {
        name = new byte[Math.max(nameLength, name.length * 2)];
      }
      System.arraycopy(line, value, name, 0, nameLength);
    } else if (is(line, from, colon, "id")) {
      id = new String(line, value, to - value, StandardCharsets.UTF_8);
    }
  }

  private static boolean is(byte[] line, int from, int to, String field) {
    if (to - from != field.length()) {
      return false;
    }
    for (int i = 0; i < field.length(); i++) {
      if (line[from + i] != field.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void appendData(byte[] line, int from, int to) {
    int length = to - from;
    int needed = (hasData ? dataLength + 1 : 0) + length;
    if (needed > data.length) {
      data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
    }
    if (hasData) {
      data[dataLength++] = '\n';
    } else {
      dataLength = 0;
      hasData = true;
    }
    System.arraycopy(line, from, data, dataLength, length);
    dataLength += length;
  }

  boolean hasData() {
    return hasData;
  }

  /** Whether the last {@code data:} line ended with a line end. */
  boolean dataComplete() {
    return dataComplete;
  }

  /** A blank line without data: the name read so far is dropped, as the SSE rules say. */
  void clearName() {
    nameLength = -1;
  }

  /** Makes the pending event the dispatched one, and starts a new pending event. */
  void dispatch() {
    dispatchedDataLength = dataLength;
    dispatchedNameLength = nameLength;
    hasData = false;
    nameLength = -1;
  }

  /** The dispatched event's data: {@code data()[0, dataLength())}. */
  byte[] data() {
    return data;
  }

  int dataLength() {
    return dispatchedDataLength;
  }

  /** The dispatched event's name, or null. */
  String name() {
    int length = dispatchedNameLength;
    if (length < 0) {
      return null;
    }
    if (!Arrays.equals(name, 0, length, lastName, 0, lastName.length)) {
      lastName = Arrays.copyOf(name, length);
      lastNameText = new String(lastName, StandardCharsets.UTF_8);
    }
    return lastNameText;
  }

  String id() {
    return id;
  }

  /**
   * Whether the dispatched data could be {@code [DONE]} once stripped: its first byte that could
   * not be whitespace (ASCII whitespace, the separators U+001C to U+001F, or any byte of a
   * multi-byte character) is {@code '['}. A JSON event starts with '{', so for events this
   * answers no without a string.
   */
  boolean mayBeDone() {
    for (int i = 0; i < dispatchedDataLength; i++) {
      byte b = data[i];
      boolean maybeSpace = b < 0 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20);
      if (!maybeSpace) {
        return b == '[';
      }
    }
    return false;
  }
}
