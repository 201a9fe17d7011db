package ai.ope.responses.api.stream;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.internal.EventDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads server-sent events from a byte stream, one at a time, as they arrive.
 *
 * <p>Block-buffered (the body is read in large chunks, never a byte at a time) and spec-complete:
 * LF, CRLF and CR line ends, also when a CR and its LF arrive in different reads; a leading
 * byte-order mark; comment lines (keep-alives); multi-line {@code data:}; events without an
 * {@code event:} line; one optional space after the colon. Text is decoded from UTF-8 only once
 * a line is complete, so a character split across network reads is read whole. Memory is one
 * buffer plus the event being read: a stream of any length is read in bounded memory.
 *
 * <p>Two ways to read: {@link #next()} returns each event as a {@link ServerSentEvent} of
 * strings. {@link #advance()} moves to the next event and leaves it in the reader, where
 * {@link #toEvent()} decodes it straight from the bytes read, without a string per line or per
 * {@code data:} field: the fast path, for code that wants the typed events. Either way the
 * current event's fields stay available until the next read.
 *
 * <p>At the end of the input a pending event is dispatched if its last line was complete (some
 * servers close right after {@code data: …\n}); a line cut off mid-way is dropped.
 *
 * <p>Not thread-safe: one reader per stream. {@link #close()} closes the input.
 */
public final class ServerSentEventReader implements AutoCloseable {

  /**
   * The largest event read by default, 64 MiB: far beyond any event the API sends (a partial
   * image is a few MB), small enough that a server sending an endless line cannot take the heap.
   */
  public static final int DEFAULT_MAX_EVENT_BYTES = 64 * 1024 * 1024;

  private final SseLines lines;
  private final SseFields fields = new SseFields();
  private final EventDecoder decoder = new EventDecoder();
  private boolean hasCurrent;
  private String data;

  /**
   * A reader of this input.
   *
   * @param in the event-stream bytes
   */
  public ServerSentEventReader(InputStream in) {
    this(in, DEFAULT_MAX_EVENT_BYTES);
  }

  /**
   * A reader of this input that refuses events larger than a limit.
   *
   * @param in the event-stream bytes
   * @param maxEventBytes the most bytes one event's lines may hold
   * @throws IllegalArgumentException when the limit is not positive
   */
  public ServerSentEventReader(InputStream in, int maxEventBytes) {
    if (maxEventBytes <= 0) {
      throw new IllegalArgumentException("maxEventBytes must be positive: " + maxEventBytes);
    }
    this.lines = new SseLines(in, maxEventBytes);
  }

  /**
   * Reads the next event, waiting for it to arrive.
   *
   * @return the event, or null at the end of the input
   * @throws IOException when reading fails, or when an event grows beyond the size limit (the
   *     reader is then unusable)
   */
  public ServerSentEvent next() throws IOException {
    return advance() ? current() : null;
  }

  /**
   * Reads the next event, waiting for it to arrive, and makes it the current event; nothing of it
   * is decoded yet. The accessors below then read it, until the next call.
   *
   * @return true when there is an event; false at the end of the input
   * @throws IOException when reading fails, or when an event grows beyond the size limit (the
   *     reader is then unusable)
   */
  public boolean advance() throws IOException {
    hasCurrent = false;
    data = null;
    while (lines.read()) {
      if (lines.to() == lines.from()) {
        if (fields.hasData()) {
          return dispatch();
        }
        fields.clearName();
        continue;
      }
      fields.take(lines.bytes(), lines.from(), lines.to(), lines.complete());
    }
    return fields.hasData() && fields.dataComplete() && dispatch();
  }

  private boolean dispatch() {
    fields.dispatch();
    hasCurrent = true;
    return true;
  }

  /**
   * The current event's {@code event:} field.
   *
   * @return the name, or null when the event had none
   * @throws IllegalStateException when there is no current event
   */
  public String eventName() {
    requireCurrent();
    return fields.name();
  }

  /**
   * The current event's {@code data:} lines, joined with {@code \n}.
   *
   * @return the data as text
   * @throws IllegalStateException when there is no current event
   */
  public String data() {
    requireCurrent();
    if (data == null) {
      data = new String(fields.data(), 0, fields.dataLength(), StandardCharsets.UTF_8);
    }
    return data;
  }

  /**
   * The current event's data as the bytes read (UTF-8), for a decoder of one's own: a read-only
   * view, valid until the next read.
   *
   * @return the {@code data:} lines joined with {@code \n}, as bytes
   * @throws IllegalStateException when there is no current event
   */
  public ByteBuffer dataBytes() {
    requireCurrent();
    return ByteBuffer.wrap(fields.data(), 0, fields.dataLength()).asReadOnlyBuffer();
  }

  /**
   * The last {@code id:} field read, which by the SSE rules stays in force for later events.
   *
   * @return the id, or null when none was sent (the Responses API sends none)
   * @throws IllegalStateException when there is no current event
   */
  public String id() {
    requireCurrent();
    return fields.id();
  }

  /**
   * Whether the current event is the {@code [DONE]} sentinel rather than an event, as
   * {@link ServerSentEvent#isDone()} says; checked on the bytes.
   *
   * @return true for {@code data: [DONE]}
   * @throws IllegalStateException when there is no current event
   */
  public boolean isDone() {
    requireCurrent();
    return fields.mayBeDone() && ServerSentEvent.DONE.equals(data().strip());
  }

  /**
   * The current event as a {@link ServerSentEvent} of strings.
   *
   * @return the event
   * @throws IllegalStateException when there is no current event
   */
  public ServerSentEvent current() {
    return new ServerSentEvent(eventName(), data(), id());
  }

  /**
   * The current event's data read as a typed stream event straight from the bytes read, as
   * {@link ResponsesJson#parseEvent(String, byte[], int, int)} reads it: the same event
   * {@code current().toEvent()} gives, without making strings of the frame first.
   *
   * @return the event
   * @throws ai.ope.responses.api.ResponsesJsonException when the data is not an event
   * @throws IllegalStateException when there is no current event
   */
  public ResponseStreamEvent toEvent() {
    requireCurrent();
    return decoder.decode(fields.name(), fields.data(), 0, fields.dataLength());
  }

  private void requireCurrent() {
    if (!hasCurrent) {
      throw new IllegalStateException("no current event: advance() has not returned true");
    }
  }

  /**
   * Closes the input; a read blocked in another thread ends if the stream supports it.
   *
   * @throws IOException when closing fails
   */
  @Override
  public void close() throws IOException {
    lines.close();
  }
}
