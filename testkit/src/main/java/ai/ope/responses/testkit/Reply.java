package ai.ope.responses.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the fake server answers to one request: a scripted model response, an API error, raw
 * recorded bytes, or a broken connection, plus the faults to inject while answering.
 *
 * <p>A scripted reply is a plain description, such as {@code Reply.text("Hello")} or
 * {@code Reply.builder().reasoning("…").functionCall("get_weather", "{…}").build()}, from which
 * the server produces both the JSON response and the protocol-exact event stream, whichever the
 * request asked for: ids, sequence numbers, indexes and usage are filled in, and the final
 * response equals the accumulation of the deltas.
 *
 * <p>Replies are immutable; the {@code with…} methods return changed copies.
 */
public final class Reply {

  enum Kind {
    /** A response generated from {@link #outputs}. */
    SCRIPTED,
    /** Fixed status, headers and bytes (an error envelope, or a recording). */
    RAW,
    /** The connection is closed before any byte is sent. */
    RESET
  }

  final Kind kind;
  final List<ScriptedOutput> outputs;
  final String endStatus;
  final String incompleteReason;
  final String failureCode;
  final String failureMessage;
  final int chunks;
  final int status;
  final Map<String, String> headers;
  final byte[] body;
  final boolean eventStream;
  final List<Long> recordedDelaysMillis;
  final Duration delayBeforeHeaders;
  final Duration delayBetweenEvents;
  final int cutAfterEvents;
  final int writeSize;
  final Duration writePause;
  final int stallAfterEvents;
  final int resetAfterBytes;
  /** Where each event of {@link #body} ends, found once: a stub may answer thousands of times. */
  private volatile List<Integer> eventEnds;

  private Reply(Builder builder) {
    this.kind = builder.kind;
    this.outputs = List.copyOf(builder.outputs);
    this.endStatus = builder.endStatus;
    this.incompleteReason = builder.incompleteReason;
    this.failureCode = builder.failureCode;
    this.failureMessage = builder.failureMessage;
    this.chunks = builder.chunks;
    this.status = builder.status;
    this.headers = Map.copyOf(builder.headers);
    this.body = builder.body.clone();
    this.eventStream = builder.eventStream;
    this.recordedDelaysMillis = List.copyOf(builder.recordedDelaysMillis);
    this.delayBeforeHeaders = builder.delayBeforeHeaders;
    this.delayBetweenEvents = builder.delayBetweenEvents;
    this.cutAfterEvents = builder.cutAfterEvents;
    this.writeSize = builder.writeSize;
    this.writePause = builder.writePause;
    this.stallAfterEvents = builder.stallAfterEvents;
    this.resetAfterBytes = builder.resetAfterBytes;
  }

  /** The end offset of each event of an event-stream body. */
  List<Integer> eventEnds() {
    List<Integer> ends = eventEnds;
    if (ends == null) {
      ends = SseSegments.of(body).ends();
      eventEnds = ends;
    }
    return ends;
  }

  /**
   * A builder for a scripted response: add output items in order.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A response with one assistant message.
   *
   * @param text the message text
   * @return the reply
   */
  public static Reply text(String text) {
    return builder().text(text).build();
  }

  /**
   * A response that calls one function tool.
   *
   * @param name the function
   * @param argumentsJson its arguments, as JSON text
   * @return the reply
   */
  public static Reply functionCall(String name, String argumentsJson) {
    return builder().functionCall(name, argumentsJson).build();
  }

  /**
   * A response that calls one custom tool with free-form input.
   *
   * @param name the custom tool
   * @param input its input
   * @return the reply
   */
  public static Reply customToolCall(String name, String input) {
    return builder().customToolCall(name, input).build();
  }

  /**
   * A response in which the model refuses.
   *
   * @param refusal the refusal text
   * @return the reply
   */
  public static Reply refusal(String refusal) {
    return builder().refusal(refusal).build();
  }

  /**
   * An API error: this status and the {@code {"error":{…}}} envelope.
   *
   * @param status the HTTP status, e.g. 400
   * @param type the error type, e.g. {@code invalid_request_error}
   * @param code the error code, or null
   * @param message the message
   * @return the reply
   */
  public static Reply error(int status, String type, String code, String message) {
    return raw(status, ApiErrors.envelope(message, type, null, code));
  }

  /**
   * A 429 with {@code retry-after} (seconds, rounded up) and {@code retry-after-ms} headers.
   *
   * @param retryAfter how long the client should wait
   * @return the reply
   */
  public static Reply rateLimited(Duration retryAfter) {
    long millis = retryAfter.toMillis();
    return error(429, "requests", "rate_limit_exceeded",
        "Rate limit reached for requests. Please try again in " + millis + "ms.")
        .withHeader("retry-after", Long.toString((millis + 999) / 1000))
        .withHeader("retry-after-ms", Long.toString(millis));
  }

  /**
   * A 500, as the API sends it.
   *
   * @return the reply
   */
  public static Reply serverError() {
    return error(500, "server_error", null,
        "The server had an error while processing your request. Sorry about that!");
  }

  /**
   * A 503, as the API sends it when overloaded.
   *
   * @return the reply
   */
  public static Reply serviceUnavailable() {
    return error(503, "server_error", null,
        "The engine is currently overloaded, please try again later.");
  }

  /**
   * A JSON body as given, with this status.
   *
   * @param status the HTTP status
   * @param json the body, sent byte for byte
   * @return the reply
   */
  public static Reply json(int status, String json) {
    return raw(status, json);
  }

  /**
   * A body of exactly these bytes, with this status and {@code application/json}: for bodies no
   * string can hold, such as invalid UTF-8.
   *
   * @param status the HTTP status
   * @param body the body, sent byte for byte
   * @return the reply
   */
  public static Reply json(int status, byte[] body) {
    Builder builder = new Builder();
    builder.kind = Kind.RAW;
    builder.status = status;
    builder.headers.put("content-type", "application/json");
    builder.body = body.clone();
    return builder.build();
  }

  /**
   * An event stream as given: 200, {@code text/event-stream}, the bytes exactly. Faults apply per
   * event (events end at a blank line).
   *
   * @param sse the stream, e.g. {@code "event: response.created\ndata: {…}\n\n…"}
   * @return the reply
   */
  public static Reply sse(String sse) {
    return sse(sse.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * An event stream of exactly these bytes: for streams no string can hold, such as invalid
   * UTF-8 inside an event. Faults apply per event, as for {@link #sse(String)}.
   *
   * @param sse the stream's bytes
   * @return the reply
   */
  public static Reply sse(byte[] sse) {
    Builder builder = new Builder();
    builder.kind = Kind.RAW;
    builder.status = 200;
    builder.headers.put("content-type", "text/event-stream; charset=utf-8");
    builder.body = sse.clone();
    builder.eventStream = true;
    return builder.build();
  }

  /**
   * No answer at all: the connection is closed before any byte (clients see a connection
   * error).
   *
   * @return the reply
   */
  public static Reply connectionReset() {
    Builder builder = new Builder();
    builder.kind = Kind.RESET;
    return builder.build();
  }

  /** A recorded reply of a cassette. */
  static Reply recorded(int status, Map<String, String> headers, byte[] body, boolean eventStream,
      List<Long> delaysMillis) {
    Builder builder = new Builder();
    builder.kind = Kind.RAW;
    builder.status = status;
    builder.headers.putAll(headers);
    builder.body = body;
    builder.eventStream = eventStream;
    builder.recordedDelaysMillis = delaysMillis;
    return builder.build();
  }

  private static Reply raw(int status, String body) {
    Builder builder = new Builder();
    builder.kind = Kind.RAW;
    builder.status = status;
    builder.headers.put("content-type", "application/json");
    builder.body = body.getBytes(StandardCharsets.UTF_8);
    return builder.build();
  }

  /**
   * This reply with one more response header.
   *
   * @param name the header
   * @param value its value
   * @return the changed copy
   */
  public Reply withHeader(String name, String value) {
    Builder builder = toBuilder();
    builder.headers.put(name.toLowerCase(java.util.Locale.ROOT), value);
    return builder.build();
  }

  /**
   * This reply, sent only after a pause (a slow first byte, to trip client timeouts).
   *
   * @param delay the pause before the status line
   * @return the changed copy
   */
  public Reply withDelayBeforeHeaders(Duration delay) {
    return toBuilder().delayBeforeHeaders(delay).build();
  }

  /**
   * This reply, with a pause before each event of a stream.
   *
   * @param delay the pause
   * @return the changed copy
   */
  public Reply withDelayBetweenEvents(Duration delay) {
    return toBuilder().delayBetweenEvents(delay).build();
  }

  /**
   * This reply's stream, cut after some events: the connection closes without a terminal event,
   * as when a network drops.
   *
   * @param events how many events are sent
   * @return the changed copy
   */
  public Reply withCutAfterEvents(int events) {
    return toBuilder().cutAfterEvents(events).build();
  }

  /**
   * This reply's stream, stalled after some events: nothing more is sent, yet the connection
   * stays open (a hung upstream), until the client gives up or the server closes. For testing
   * idle timeouts.
   *
   * @param events how many events are sent before the stall
   * @return the changed copy
   */
  public Reply withStallAfterEvents(int events) {
    return toBuilder().stallAfterEvents(events).build();
  }

  /**
   * This reply's body written a few bytes at a time, each piece flushed on its own and a moment
   * apart, so that pieces cross the network separately: events, lines and multi-byte characters
   * of a stream (or a JSON body) split at arbitrary positions, to test a client's framing.
   *
   * @param bytes the size of each write, at least 1
   * @return the changed copy
   */
  public Reply withWriteSize(int bytes) {
    return toBuilder().writeSize(bytes).build();
  }

  /**
   * This reply's body, JSON or stream, dripping in: a few bytes at a time with a pause between
   * writes, slow but steady, as over a poor connection. A client whose timeouts bound the wait
   * for the next byte, not the whole body, reads it to the end.
   *
   * @param bytes the size of each write, at least 1
   * @param pause the pause after each write
   * @return the changed copy
   */
  public Reply withDrip(int bytes, Duration pause) {
    return toBuilder().drip(bytes, pause).build();
  }

  /**
   * This reply's body, JSON or stream, cut off: the status, the headers (a JSON body's full
   * {@code content-length} among them) and this many bytes of the body are sent, then the
   * connection is dropped, as when a network or proxy fails mid-answer. In a stream the cut may
   * fall inside an event.
   *
   * @param bytes how many bytes of the body are sent, at least 0
   * @return the changed copy
   */
  public Reply withResetAfterBytes(int bytes) {
    return toBuilder().resetAfterBytes(bytes).build();
  }

  /**
   * This scripted reply, with each text, refusal, summary and argument string streamed in this
   * many deltas.
   *
   * @param chunks deltas per string, at least 1
   * @return the changed copy
   */
  public Reply withChunks(int chunks) {
    return toBuilder().chunks(chunks).build();
  }

  private Builder toBuilder() {
    Builder builder = new Builder();
    builder.kind = kind;
    builder.outputs.addAll(outputs);
    builder.endStatus = endStatus;
    builder.incompleteReason = incompleteReason;
    builder.failureCode = failureCode;
    builder.failureMessage = failureMessage;
    builder.chunks = chunks;
    builder.status = status;
    builder.headers.putAll(headers);
    builder.body = body;
    builder.eventStream = eventStream;
    builder.recordedDelaysMillis = recordedDelaysMillis;
    builder.delayBeforeHeaders = delayBeforeHeaders;
    builder.delayBetweenEvents = delayBetweenEvents;
    builder.cutAfterEvents = cutAfterEvents;
    builder.writeSize = writeSize;
    builder.writePause = writePause;
    builder.stallAfterEvents = stallAfterEvents;
    builder.resetAfterBytes = resetAfterBytes;
    return builder;
  }

  @Override
  public String toString() {
    switch (kind) {
      case SCRIPTED:
        return "Reply" + outputs + (endStatus.equals("completed") ? "" : " " + endStatus);
      case RESET:
        return "Reply[connection reset]";
      default:
        return "Reply[" + status + (eventStream ? " event stream" : "") + ", " + body.length
            + " bytes]";
    }
  }

  /**
   * Builds scripted replies: output items in the order they are added, then how the response
   * ends. Not thread-safe.
   */
  public static final class Builder {

    private Kind kind = Kind.SCRIPTED;
    private final List<ScriptedOutput> outputs = new ArrayList<>();
    private String endStatus = "completed";
    private String incompleteReason;
    private String failureCode;
    private String failureMessage;
    private int chunks = 4;
    private int status = 200;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private boolean eventStream;
    private List<Long> recordedDelaysMillis = List.of();
    private Duration delayBeforeHeaders = Duration.ZERO;
    private Duration delayBetweenEvents = Duration.ZERO;
    private int cutAfterEvents = -1;
    private int writeSize;
    private Duration writePause = Duration.ZERO;
    private int stallAfterEvents = -1;
    private int resetAfterBytes = -1;

    private Builder() {}

    /**
     * Adds an assistant message with this text. It carries log probabilities when the
     * request's {@code include} asks for {@code message.output_text.logprobs}.
     *
     * @param text the text
     * @return this builder
     */
    public Builder text(String text) {
      outputs.add(new ScriptedOutput.Text(Objects.requireNonNull(text, "text")));
      return this;
    }

    /**
     * Adds an assistant message that refuses.
     *
     * @param refusal the refusal text
     * @return this builder
     */
    public Builder refusal(String refusal) {
      outputs.add(new ScriptedOutput.Refusal(Objects.requireNonNull(refusal, "refusal")));
      return this;
    }

    /**
     * Adds a function call with a generated call id.
     *
     * @param name the function
     * @param argumentsJson its arguments, as JSON text
     * @return this builder
     */
    public Builder functionCall(String name, String argumentsJson) {
      return functionCall(name, argumentsJson, null);
    }

    /**
     * Adds a function call.
     *
     * @param name the function
     * @param argumentsJson its arguments, as JSON text
     * @param callId the call id the application answers with, or null to generate one
     * @return this builder
     */
    public Builder functionCall(String name, String argumentsJson, String callId) {
      outputs.add(new ScriptedOutput.FunctionCall(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(argumentsJson, "argumentsJson"), callId));
      return this;
    }

    /**
     * Adds a call of a custom tool (a {@code custom_tool_call} item, streamed with
     * {@code response.custom_tool_call_input.delta/done}) with a generated call id.
     *
     * @param name the custom tool
     * @param input its free-form input
     * @return this builder
     */
    public Builder customToolCall(String name, String input) {
      return customToolCall(name, input, null);
    }

    /**
     * Adds a call of a custom tool.
     *
     * @param name the custom tool
     * @param input its free-form input
     * @param callId the call id the application answers with, or null to generate one
     * @return this builder
     */
    public Builder customToolCall(String name, String input, String callId) {
      outputs.add(new ScriptedOutput.CustomToolCall(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(input, "input"), callId));
      return this;
    }

    /**
     * Adds a reasoning item with this summary. It gets {@code encrypted_content} when the
     * request's {@code include} asks for {@code reasoning.encrypted_content}.
     *
     * @param summary the summary text
     * @return this builder
     */
    public Builder reasoning(String summary) {
      outputs.add(new ScriptedOutput.Reasoning(Objects.requireNonNull(summary, "summary"), 0));
      return this;
    }

    /** Adds a reasoning item: a summary (null for none) and tokens spent beyond it. */
    Builder reasoning(String summary, int hiddenTokens) {
      outputs.add(new ScriptedOutput.Reasoning(summary, hiddenTokens));
      return this;
    }

    /**
     * Ends the response {@code incomplete}: its last item is marked incomplete.
     *
     * @param reason {@code max_output_tokens} or {@code content_filter}
     * @return this builder
     */
    public Builder incomplete(String reason) {
      this.endStatus = "incomplete";
      this.incompleteReason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Ends the response {@code failed}, with {@code response.error} set.
     *
     * @param code e.g. {@code server_error}
     * @param message the message
     * @return this builder
     */
    public Builder failed(String code, String message) {
      this.endStatus = "failed";
      this.failureCode = code;
      this.failureMessage = message;
      return this;
    }

    /**
     * Streams each string in this many deltas (default 4).
     *
     * @param chunks deltas per string, at least 1
     * @return this builder
     */
    public Builder chunks(int chunks) {
      if (chunks < 1) {
        throw new IllegalArgumentException("chunks must be at least 1: " + chunks);
      }
      this.chunks = chunks;
      return this;
    }

    /**
     * Pauses before the status line.
     *
     * @param delay the pause
     * @return this builder
     */
    public Builder delayBeforeHeaders(Duration delay) {
      this.delayBeforeHeaders = requireNonNegative(delay);
      return this;
    }

    /**
     * Pauses before each event of a stream.
     *
     * @param delay the pause
     * @return this builder
     */
    public Builder delayBetweenEvents(Duration delay) {
      this.delayBetweenEvents = requireNonNegative(delay);
      return this;
    }

    /**
     * Cuts a stream after this many events, without a terminal event.
     *
     * @param events how many events are sent, at least 0
     * @return this builder
     */
    public Builder cutAfterEvents(int events) {
      if (events < 0) {
        throw new IllegalArgumentException("events must not be negative: " + events);
      }
      this.cutAfterEvents = events;
      return this;
    }

    /**
     * Stalls a stream after this many events, keeping the connection open.
     *
     * @param events how many events are sent, at least 0
     * @return this builder
     */
    public Builder stallAfterEvents(int events) {
      if (events < 0) {
        throw new IllegalArgumentException("events must not be negative: " + events);
      }
      this.stallAfterEvents = events;
      return this;
    }

    /**
     * Writes the body in pieces of this many bytes, each flushed a moment apart.
     *
     * @param bytes the size of each write, at least 1
     * @return this builder
     */
    public Builder writeSize(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("bytes must be at least 1: " + bytes);
      }
      this.writeSize = bytes;
      return this;
    }

    /**
     * Writes the body, JSON or stream, in pieces of this many bytes with this pause after each.
     *
     * @param bytes the size of each write, at least 1
     * @param pause the pause after each write
     * @return this builder
     */
    public Builder drip(int bytes, Duration pause) {
      writeSize(bytes);
      this.writePause = requireNonNegative(pause);
      return this;
    }

    /**
     * Drops the connection after this many bytes of the body (the headers are sent whole).
     *
     * @param bytes how many bytes of the body are sent, at least 0
     * @return this builder
     */
    public Builder resetAfterBytes(int bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("bytes must not be negative: " + bytes);
      }
      this.resetAfterBytes = bytes;
      return this;
    }

    /**
     * Builds the reply.
     *
     * @return the reply
     */
    public Reply build() {
      return new Reply(this);
    }

    private static Duration requireNonNegative(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay must not be negative: " + delay);
      }
      return delay;
    }
  }
}
