package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A strict RFC 8259 pull parser over UTF-8 bytes already in memory: the decoder's hot path, for
 * stream events straight from the SSE reader's buffer and for text (encoded once).
 *
 * <p>A cursor over the bytes: tokens are ranges, and nothing is materialised until a codec asks.
 * Known member names and discriminators are matched on their bytes against a {@link NameTable}
 * (no {@code String} at all), strings are decoded once into their final {@code String}, small
 * integers and simple decimals are read from the digits. It implements the {@link JsonParser}
 * events the codec uses; the tree-building defaults of the interface are not supported.
 *
 * <p>Errors say where in characters, as a reader of the text counts them: the offset, line and
 * column of a failure are those of the decoded text, worked out only when something fails.
 */
final class Utf8JsonParser implements JsonParser {

  private static final int MAX_DEPTH = 1000;
  private static final byte IN_OBJECT = 1;
  private static final byte IN_ARRAY = 2;
  /** A string longer than this, stepped over while peeking, is remembered (see below). */
  private static final int LONG_STRING = 4096;

  private byte[] bytes;
  private int start;
  private int end;
  /** The text the bytes are the encoding of; decoded from them when first needed. */
  private String text;
  private int position;
  private byte[] containers;
  private int depth;
  /** Within the innermost container: whether a member or element was read. */
  private boolean afterValue;
  private boolean rootDone;
  private Event current;
  private int tokenStart;
  private int tokenEnd;
  private boolean tokenEscaped;
  private boolean tokenIntegral;
  /** The name {@link #expectName} announced for the next member, or null. */
  private byte[] expectedName;
  /** Whether the member name just read was the one announced. */
  private boolean nameAsExpected;
  /**
   * Where a long string that {@link #peekStringMember} stepped over starts (its opening quote),
   * or -1: when it held no escape and no control character, reading it later takes its end from
   * {@link #peekedStringClose} instead of scanning a megabyte of base64 a second time.
   */
  private int peekedStringQuote = -1;
  private int peekedStringClose;

  /**
   * A parser of {@code bytes[from, to)}.
   *
   * @param text the text those bytes encode, when the caller has it (for error messages), or null
   */
  Utf8JsonParser(byte[] bytes, int from, int to, String text) {
    reset(bytes, from, to, text);
  }

  /** Starts over on other bytes, as a new parser would: one parser serves a whole stream. */
  void reset(byte[] bytes, int from, int to, String text) {
    this.bytes = bytes;
    this.start = from;
    this.end = to;
    this.position = from;
    this.text = text;
    this.depth = 0;
    this.afterValue = false;
    this.rootDone = false;
    this.current = null;
    this.expectedName = null;
    this.nameAsExpected = false;
    this.peekedStringQuote = -1;
  }

  @Override
  public boolean hasNext() {
    if (rootDone && depth == 0) {
      position = Utf8Scan.skipSpace(bytes, position, end);
      if (position < end) {
        throw error("unexpected content after the JSON value");
      }
      return false;
    }
    if (current != null) {
      return true;
    }
    position = Utf8Scan.skipSpace(bytes, position, end);
    return position < end;
  }

  @Override
  public Event next() {
    byte[] expected = expectedName;
    expectedName = null;
    position = Utf8Scan.skipSpace(bytes, position, end);
    if (depth == 0) {
      if (rootDone) {
        throw new NoSuchElementException("no more JSON events");
      }
      return current = value();
    }
    if (containers[depth] == IN_OBJECT) {
      return current = nextInObject(expected);
    }
    return current = nextInArray();
  }

  private Event nextInObject(byte[] expected) {
    if (current == Event.KEY_NAME) {
      expectColon();
      position = Utf8Scan.skipSpace(bytes, position, end);
      return value();
    }
    byte b = peek("a member name or '}'");
    if (b == '}') {
      position++;
      return closeContainer();
    }
    if (afterValue) {
      if (b != ',') {
        throw error("expected ',' or '}' but found " + describe(position));
      }
      position = Utf8Scan.skipSpace(bytes, position + 1, end);
      b = peek("a member name");
    }
    if (b != '"') {
      throw error("expected a member name but found " + describe(position));
    }
    afterValue = true;
    nameAsExpected = expected != null && isNameAt(position + 1, expected);
    if (nameAsExpected) {
      tokenStart = position + 1;
      tokenEnd = tokenStart + expected.length;
      tokenEscaped = false;
      position = tokenEnd + 1;
    } else {
      readString();
    }
    return Event.KEY_NAME;
  }

  /** Whether the name (plain ASCII) and its closing quote are at {@code at}. */
  private boolean isNameAt(int at, byte[] name) {
    int length = name.length;
    if (end - at <= length || bytes[at + length] != '"') {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (bytes[at + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Says which member name the next {@link #next()} most likely reads, when that is a name: if
   * it is, the name is taken as a whole, neither scanned for escapes nor compared again, and
   * {@link #memberIndex} answers at once. A hint for the very next {@link #next()} only.
   *
   * @param name the expected name in UTF-8, plain ASCII without quotes or backslashes; or null
   */
  void expectName(byte[] name) {
    expectedName = name;
  }

  private Event nextInArray() {
    byte b = peek("a value or ']'");
    if (b == ']') {
      position++;
      return closeContainer();
    }
    if (afterValue) {
      if (b != ',') {
        throw error("expected ',' or ']' but found " + describe(position));
      }
      position = Utf8Scan.skipSpace(bytes, position + 1, end);
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
    byte b = peek("a value");
    switch (b) {
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
        if (b == '-' || (b >= '0' && b <= '9')) {
          readNumber();
          return scalar(Event.VALUE_NUMBER);
        }
        throw error("expected a value but found " + describe(position));
    }
  }

  private Event open(byte container, Event event) {
    if (depth == MAX_DEPTH) {
      throw error("input is nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
    position++;
    if (containers == null) {
      containers = new byte[16];
    } else if (depth + 1 == containers.length) {
      containers = Arrays.copyOf(containers, Math.min(containers.length * 2, MAX_DEPTH + 1));
    }
    containers[++depth] = container;
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
    int length = word.length();
    if (end - position < length) {
      throw error("expected a value but found " + describe(position));
    }
    for (int i = 0; i < length; i++) {
      if (bytes[position + i] != word.charAt(i)) {
        throw error("expected a value but found " + describe(position));
      }
    }
    position += length;
  }

  private void readString() {
    int at = position + 1;
    tokenStart = at;
    tokenEscaped = false;
    if (position == peekedStringQuote) {
      tokenEnd = peekedStringClose;
      position = peekedStringClose + 1;
      return;
    }
    while (true) {
      at = Utf8Scan.plainRun(bytes, at, end);
      if (at >= end) {
        position = at;
        throw error("unterminated string");
      }
      byte b = bytes[at];
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        tokenEscaped = true;
        at = escape(at + 1);
      } else {
        position = at;
        throw error("control character in a string");
      }
    }
    tokenEnd = at;
    position = at + 1;
  }

  /** Checks the escape after a backslash; returns the index after it. */
  private int escape(int at) {
    if (at >= end) {
      position = at;
      throw error("unterminated string");
    }
    switch (bytes[at]) {
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
          if (i >= end || Utf8Scan.hexDigit(bytes[i]) < 0) {
            position = Math.min(i, end);
            throw error("invalid \\u escape");
          }
        }
        return at + 5;
      default:
        position = at;
        throw error("invalid escape \\" + describeChar(at));
    }
  }

  private void readNumber() {
    int at = position;
    tokenStart = at;
    if (bytes[at] == '-') {
      at++;
    }
    if (at < end && bytes[at] == '0') {
      at++;
    } else {
      at = digits(at, "a digit");
    }
    tokenIntegral = true;
    if (at < end && bytes[at] == '.') {
      tokenIntegral = false;
      at = digits(at + 1, "a digit after '.'");
    }
    if (at < end && (bytes[at] == 'e' || bytes[at] == 'E')) {
      tokenIntegral = false;
      at++;
      if (at < end && (bytes[at] == '+' || bytes[at] == '-')) {
        at++;
      }
      at = digits(at, "a digit in the exponent");
    }
    tokenEnd = at;
    position = at;
  }

  private int digits(int from, String expected) {
    int at = from;
    while (at < end && bytes[at] >= '0' && bytes[at] <= '9') {
      at++;
    }
    if (at == from) {
      position = at;
      throw error("expected " + expected + " but found "
          + (at < end ? describe(at) : "the end of the input"));
    }
    return at;
  }

  private void expectColon() {
    position = Utf8Scan.skipSpace(bytes, position, end);
    byte b = peek("':'");
    if (b != ':') {
      throw error("expected ':' but found " + describe(position));
    }
    position++;
  }

  private byte peek(String expected) {
    if (position >= end) {
      throw error("expected " + expected + " but the input ended");
    }
    return bytes[position];
  }

  /**
   * The index in {@code names} of the member name just read, matched on its bytes, or -1.
   *
   * @param expected the index to try first
   */
  int memberIndex(NameTable names, int expected) {
    if (nameAsExpected && current == Event.KEY_NAME) {
      return expected; // the caller's hint, for this same index, was taken
    }
    return tokenEscaped ? names.indexOf(getString())
        : names.indexOf(bytes, tokenStart, tokenEnd, expected);
  }

  /** The index in {@code names} of the string value just read, or -1. */
  int stringIndex(NameTable names) {
    return tokenEscaped ? names.indexOf(getString())
        : names.indexOf(bytes, tokenStart, tokenEnd, 0);
  }

  /**
   * Whether the object just started has this name as its first member, told without consuming
   * anything (a name spelled with escapes is not recognised: the caller then reads it the long
   * way).
   *
   * @param name the name, in UTF-8
   */
  boolean nextIsMember(byte[] name) {
    if (current != Event.START_OBJECT) {
      return false;
    }
    int at = Utf8Scan.skipSpace(bytes, position, end);
    int close = at + name.length + 1;
    return close < end && bytes[at] == '"' && bytes[close] == '"'
        && Arrays.equals(bytes, at + 1, close, name, 0, name.length);
  }

  /**
   * Looks ahead, without consuming anything, for a string member of the object just started: how
   * a union finds its {@code "type"}, also when it is not the first member (output items start
   * with {@code "id"}), without buffering the object.
   *
   * @param name the member's name, in UTF-8
   * @return the index of its value in {@code values}, or -1 when the object has no such member,
   *     it is not a string or not one of the values, or the input is malformed (the real read will
   *     report it)
   */
  int peekStringMember(byte[] name, NameTable values) {
    if (current != Event.START_OBJECT) {
      return -1;
    }
    int at = position;
    while (true) {
      at = Utf8Scan.skipSpace(bytes, at, end);
      if (at >= end || bytes[at] != '"') {
        return -1;
      }
      int keyEnd = Utf8Scan.stringEnd(bytes, at, end);
      if (keyEnd < 0) {
        return -1;
      }
      boolean wanted = Arrays.equals(bytes, at + 1, keyEnd - 1, name, 0, name.length);
      at = Utf8Scan.skipSpace(bytes, keyEnd, end);
      if (at >= end || bytes[at] != ':') {
        return -1;
      }
      at = Utf8Scan.skipSpace(bytes, at + 1, end);
      if (wanted) {
        return at < end && bytes[at] == '"' ? stringIndexAt(at, values) : -1;
      }
      int valueEnd = at < end && bytes[at] == '"' ? skipPeekedString(at)
          : Utf8Scan.valueEnd(bytes, at, end);
      at = Utf8Scan.skipSpace(bytes, valueEnd, end);
      if (at >= end || bytes[at] != ',') {
        return -1;
      }
      at++;
    }
  }

  /**
   * Steps over the string member value at {@code quote} while peeking, and remembers where a long
   * plain one ends (records written with sorted members put an image's {@code result} before its
   * {@code type}).
   */
  private int skipPeekedString(int quote) {
    int stop = Utf8Scan.plainRun(bytes, quote + 1, end);
    if (stop < end && bytes[stop] == '"') {
      if (stop - quote > LONG_STRING) {
        peekedStringQuote = quote;
        peekedStringClose = stop;
      }
      return stop + 1;
    }
    int after = Utf8Scan.stringEnd(bytes, quote, end);
    return after < 0 ? end : after;
  }

  private int stringIndexAt(int quote, NameTable values) {
    int savedPosition = position;
    Event savedCurrent = current;
    int savedStart = tokenStart;
    int savedEnd = tokenEnd;
    boolean savedEscaped = tokenEscaped;
    try {
      position = quote;
      readString();
      current = Event.VALUE_STRING;
      return stringIndex(values);
    } catch (JsonParsingException malformed) {
      return -1;
    } finally {
      position = savedPosition;
      current = savedCurrent;
      tokenStart = savedStart;
      tokenEnd = savedEnd;
      tokenEscaped = savedEscaped;
    }
  }

  @Override
  public String getString() {
    if (current == Event.KEY_NAME) {
      return tokenEscaped ? Utf8Strings.unescape(bytes, tokenStart, tokenEnd)
          : MemberNames.canonical(bytes, tokenStart, tokenEnd);
    }
    if (current == Event.VALUE_STRING) {
      return tokenEscaped ? Utf8Strings.unescape(bytes, tokenStart, tokenEnd)
          : new String(bytes, tokenStart, tokenEnd - tokenStart, StandardCharsets.UTF_8);
    }
    if (current == Event.VALUE_NUMBER) {
      return new String(bytes, tokenStart, tokenEnd - tokenStart, StandardCharsets.ISO_8859_1);
    }
    throw new IllegalStateException("getString() on " + current);
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
    int digits = tokenEnd - tokenStart - (bytes[tokenStart] == '-' ? 1 : 0);
    return tokenIntegral && digits <= 18;
  }

  /** The current number, which {@link #isSmallInteger()} accepted. */
  long smallInteger() {
    int at = tokenStart;
    boolean negative = bytes[at] == '-';
    if (negative) {
      at++;
    }
    long value = 0;
    for (; at < tokenEnd; at++) {
      value = value * 10 + (bytes[at] - '0');
    }
    return negative ? -value : value;
  }

  /** The current number as the nearest {@code double}, as {@code Double.parseDouble} gives it. */
  double doubleValue() {
    requireNumber();
    return Utf8Strings.toDouble(bytes, tokenStart, tokenEnd);
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
    return Utf8Strings.decimal(bytes, tokenStart, tokenEnd);
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
    return new TextLocation(text(), charOffset(position));
  }

  /** The input as text: what error messages and excerpts quote. */
  String text() {
    if (text == null) {
      text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
    return text;
  }

  /** The offset in characters of the byte at {@code at}. */
  private int charOffset(int at) {
    return new String(bytes, start, Math.min(at, end) - start, StandardCharsets.UTF_8).length();
  }

  @Override
  public void close() {
    // nothing to release: the bytes are the caller's
  }

  private JsonParsingException error(String message) {
    TextLocation location = new TextLocation(text(), charOffset(position));
    return new JsonParsingException(message + " (line " + location.getLineNumber() + ", column "
        + location.getColumnNumber() + ")", location);
  }

  /** The character at a byte index, as the text parser this one replaced described it. */
  private String describe(int at) {
    char c = describeChar(at);
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
  }

  private char describeChar(int at) {
    byte b = bytes[at];
    return b >= 0 ? (char) b : text().charAt(charOffset(at));
  }
}
