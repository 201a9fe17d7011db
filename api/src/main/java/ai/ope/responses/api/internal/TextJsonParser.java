package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.util.NoSuchElementException;

/**
 * A strict RFC 8259 pull parser over text already in memory: the decoder's hot path.
 *
 * <p>Measured against Parsson on the recorded stream events, most decoding time went to creating a
 * parser per event and to allocating, then hashing, a new {@code String} for every member name.
 * This parser is a cursor over the text: member names come from a shared cache of canonical
 * strings (their hash is computed once), string values are substrings, and integers are read from
 * the characters without allocating. It implements the {@link JsonParser} events the codec uses;
 * the tree-building defaults of the interface are not supported.
 */
final class TextJsonParser implements JsonParser {

  private static final int MAX_DEPTH = 1000;
  private static final byte IN_OBJECT = 1;
  private static final byte IN_ARRAY = 2;

  private final String text;
  private final int length;
  private int position;
  private byte[] containers = new byte[16];
  private int depth;
  /** Within the innermost container: whether a member or element was read. */
  private boolean afterValue;
  private boolean rootDone;
  private Event current;
  private int tokenStart;
  private int tokenEnd;
  private boolean tokenEscaped;
  private boolean tokenIntegral;

  TextJsonParser(String text) {
    this.text = text;
    this.length = text.length();
  }

  @Override
  public boolean hasNext() {
    if (rootDone && depth == 0) {
      skipWhitespace();
      if (position < length) {
        throw error("unexpected content after the JSON value");
      }
      return false;
    }
    return !(current == null && skipWhitespaceIsEnd());
  }

  private boolean skipWhitespaceIsEnd() {
    skipWhitespace();
    return position >= length;
  }

  @Override
  public Event next() {
    skipWhitespace();
    if (depth == 0) {
      if (rootDone) {
        throw new NoSuchElementException("no more JSON events");
      }
      return current = value();
    }
    if (containers[depth] == IN_OBJECT) {
      return current = nextInObject();
    }
    return current = nextInArray();
  }

  private Event nextInObject() {
    if (current == Event.KEY_NAME) {
      expectColon();
      skipWhitespace();
      return value();
    }
    char c = peek("a member name or '}'");
    if (c == '}') {
      position++;
      return closeContainer();
    }
    if (afterValue) {
      if (c != ',') {
        throw error("expected ',' or '}' but found " + describe(c));
      }
      position++;
      skipWhitespace();
      c = peek("a member name");
    }
    if (c != '"') {
      throw error("expected a member name but found " + describe(c));
    }
    afterValue = true;
    readString();
    return Event.KEY_NAME;
  }

  private Event nextInArray() {
    char c = peek("a value or ']'");
    if (c == ']') {
      position++;
      return closeContainer();
    }
    if (afterValue) {
      if (c != ',') {
        throw error("expected ',' or ']' but found " + describe(c));
      }
      position++;
      skipWhitespace();
    }
    afterValue = true;
    return value();
  }

  private Event closeContainer() {
    depth--;
    afterValue = true;
    if (depth == 0) {
      rootDone = true;
    }
    return containers[depth + 1] == IN_OBJECT ? Event.END_OBJECT : Event.END_ARRAY;
  }

  private Event value() {
    char c = peek("a value");
    switch (c) {
      case '{':
        return open(IN_OBJECT, Event.START_OBJECT);
      case '[':
        return open(IN_ARRAY, Event.START_ARRAY);
      case '"':
        readString();
        return scalar(Event.VALUE_STRING);
      case 't':
        literal("true");
        return scalar(Event.VALUE_TRUE);
      case 'f':
        literal("false");
        return scalar(Event.VALUE_FALSE);
      case 'n':
        literal("null");
        return scalar(Event.VALUE_NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          readNumber();
          return scalar(Event.VALUE_NUMBER);
        }
        throw error("expected a value but found " + describe(c));
    }
  }

  private Event open(byte container, Event event) {
    if (depth == MAX_DEPTH) {
      throw error("input is nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
    position++;
    if (++depth == containers.length) {
      containers = java.util.Arrays.copyOf(containers, Math.min(depth * 2, MAX_DEPTH + 1));
    }
    containers[depth] = container;
    afterValue = false;
    return event;
  }

  private Event scalar(Event event) {
    if (depth == 0) {
      rootDone = true;
    }
    return event;
  }

  private void literal(String word) {
    if (!text.startsWith(word, position)) {
      throw error("expected a value but found " + describe(text.charAt(position)));
    }
    position += word.length();
  }

  private void readString() {
    int at = position + 1;
    tokenStart = at;
    tokenEscaped = false;
    while (true) {
      if (at >= length) {
        position = at;
        throw error("unterminated string");
      }
      char c = text.charAt(at);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        tokenEscaped = true;
        at = escape(at + 1);
      } else if (c < 0x20) {
        position = at;
        throw error("control character in a string");
      } else {
        at++;
      }
    }
    tokenEnd = at;
    position = at + 1;
  }

  /** Checks the escape after a backslash; returns the index after it. */
  private int escape(int at) {
    if (at >= length) {
      position = at;
      throw error("unterminated string");
    }
    switch (text.charAt(at)) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return at + 1;
      case 'u':
        for (int i = at + 1; i <= at + 4; i++) {
          if (i >= length || Character.digit(text.charAt(i), 16) < 0) {
            position = Math.min(i, length);
            throw error("invalid \\u escape");
          }
        }
        return at + 5;
      default:
        position = at;
        throw error("invalid escape \\" + text.charAt(at));
    }
  }

  private void readNumber() {
    int at = position;
    tokenStart = at;
    if (text.charAt(at) == '-') {
      at++;
    }
    if (at < length && text.charAt(at) == '0') {
      at++;
    } else {
      at = digits(at, "a digit");
    }
    tokenIntegral = true;
    if (at < length && text.charAt(at) == '.') {
      tokenIntegral = false;
      at = digits(at + 1, "a digit after '.'");
    }
    if (at < length && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      tokenIntegral = false;
      at++;
      if (at < length && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      at = digits(at, "a digit in the exponent");
    }
    tokenEnd = at;
    position = at;
  }

  private int digits(int from, String expected) {
    int at = from;
    while (at < length && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == from) {
      position = at;
      throw error("expected " + expected + " but found "
          + (at < length ? describe(text.charAt(at)) : "the end of the input"));
    }
    return at;
  }

  private void expectColon() {
    skipWhitespace();
    char c = peek("':'");
    if (c != ':') {
      throw error("expected ':' but found " + describe(c));
    }
    position++;
  }

  private char peek(String expected) {
    if (position >= length) {
      throw error("expected " + expected + " but the input ended");
    }
    return text.charAt(position);
  }

  private void skipWhitespace() {
    while (position < length) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      position++;
    }
  }

  /**
   * Looks ahead, without consuming anything, for a member of the object just started whose value
   * is a string: how a union finds its {@code "type"} when it is not the first member (output items
   * start with {@code "id"}), without buffering the object.
   *
   * @return the member's string value (escapes resolved), or null when the object has no such
   *     member, it is not a string, or the text is malformed (the real read will report it)
   */
  String peekStringMember(String name) {
    if (current != Event.START_OBJECT) {
      return null;
    }
    int at = position;
    while (true) {
      at = skipSpace(at);
      if (at >= length || text.charAt(at) != '"') {
        return null;
      }
      int keyEnd = stringEnd(at);
      if (keyEnd < 0) {
        return null;
      }
      boolean wanted = keyEnd - at - 2 == name.length() && text.startsWith(name, at + 1);
      at = skipSpace(keyEnd);
      if (at >= length || text.charAt(at) != ':') {
        return null;
      }
      at = skipSpace(at + 1);
      if (wanted) {
        return at < length && text.charAt(at) == '"' ? stringAt(at) : null;
      }
      at = skipSpace(valueEnd(at));
      if (at >= length || text.charAt(at) != ',') {
        return null;
      }
      at++;
    }
  }

  private String stringAt(int quote) {
    int savedPosition = position;
    Event savedCurrent = current;
    int savedStart = tokenStart;
    int savedEnd = tokenEnd;
    boolean savedEscaped = tokenEscaped;
    try {
      position = quote;
      readString();
      current = Event.VALUE_STRING;
      return getString();
    } catch (JsonParsingException malformed) {
      return null;
    } finally {
      position = savedPosition;
      current = savedCurrent;
      tokenStart = savedStart;
      tokenEnd = savedEnd;
      tokenEscaped = savedEscaped;
    }
  }

  private int skipSpace(int from) {
    int at = from;
    while (at < length) {
      char c = text.charAt(at);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        break;
      }
      at++;
    }
    return at;
  }

  /** The index after the string starting at {@code quote}, or -1 when it does not end. */
  private int stringEnd(int quote) {
    for (int at = quote + 1; at < length; at++) {
      char c = text.charAt(at);
      if (c == '"') {
        return at + 1;
      }
      if (c == '\\') {
        at++;
      }
    }
    return -1;
  }

  /** The index after the value starting at {@code from}, found leniently (the read validates). */
  private int valueEnd(int from) {
    int nesting = 0;
    int at = from;
    while (at < length) {
      char c = text.charAt(at);
      if (c == '"') {
        at = stringEnd(at);
        if (at < 0) {
          return length;
        }
        if (nesting == 0) {
          return at;
        }
        continue;
      }
      if (c == '{' || c == '[') {
        nesting++;
      } else if (c == '}' || c == ']') {
        if (nesting == 0) {
          return at;
        }
        if (--nesting == 0) {
          return at + 1;
        }
      } else if (c == ',' && nesting == 0) {
        return at;
      }
      at++;
    }
    return length;
  }

  @Override
  public String getString() {
    if (current == Event.KEY_NAME) {
      return tokenEscaped ? unescape() : MemberNames.canonical(text, tokenStart, tokenEnd);
    }
    if (current == Event.VALUE_STRING) {
      return tokenEscaped ? unescape() : text.substring(tokenStart, tokenEnd);
    }
    if (current == Event.VALUE_NUMBER) {
      return text.substring(tokenStart, tokenEnd);
    }
    throw new IllegalStateException("getString() on " + current);
  }

  private String unescape() {
    StringBuilder out = new StringBuilder(tokenEnd - tokenStart);
    int run = tokenStart;
    int at = text.indexOf('\\', tokenStart);
    while (at >= 0 && at < tokenEnd) {
      out.append(text, run, at);
      char escape = text.charAt(at + 1);
      at += 2;
      // readString() checked every escape: anything not listed here is \\uXXXX.
      switch (escape) {
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          out.append((char) Integer.parseInt(text, at, at + 4, 16));
          at += 4;
          break;
        default:
          out.append(escape);
          break;
      }
      run = at;
      at = text.indexOf('\\', at);
    }
    return out.append(text, run, tokenEnd).toString();
  }

  @Override
  public boolean isIntegralNumber() {
    requireNumber();
    return tokenIntegral;
  }

  /**
   * Whether the current number is a plain integer of at most 18 digits, which
   * {@link #smallInteger()} reads exactly without allocating.
   */
  boolean isSmallInteger() {
    requireNumber();
    int digits = tokenEnd - tokenStart - (text.charAt(tokenStart) == '-' ? 1 : 0);
    return tokenIntegral && digits <= 18;
  }

  /** The current number, which {@link #isSmallInteger()} accepted. */
  long smallInteger() {
    int at = tokenStart;
    boolean negative = text.charAt(at) == '-';
    if (negative) {
      at++;
    }
    long value = 0;
    for (; at < tokenEnd; at++) {
      value = value * 10 + (text.charAt(at) - '0');
    }
    return negative ? -value : value;
  }

  @Override
  public int getInt() {
    return getBigDecimal().intValue();
  }

  @Override
  public long getLong() {
    return getBigDecimal().longValue();
  }

  @Override
  public BigDecimal getBigDecimal() {
    requireNumber();
    return new BigDecimal(text.substring(tokenStart, tokenEnd));
  }

  private void requireNumber() {
    if (current != Event.VALUE_NUMBER) {
      throw new IllegalStateException("not a number: " + current);
    }
  }

  @Override
  public Event currentEvent() {
    return current;
  }

  @Override
  public JsonLocation getLocation() {
    return new TextLocation(text, position);
  }

  @Override
  public void close() {
    // nothing to release: the text is the caller's
  }

  private JsonParsingException error(String message) {
    TextLocation location = new TextLocation(text, position);
    return new JsonParsingException(message + " (line " + location.getLineNumber() + ", column "
        + location.getColumnNumber() + ")", location);
  }

  private static String describe(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }
}
