package ai.ope.responses.testkit;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Puts an {@link Answer} on the wire: the pause before the headers, the status and headers, then
 * the body; a stream event by event, each flushed at once, with its pause, cut where the reply
 * says.
 */
final class ReplyWriter {

  /**
   * Thrown out of the handler to make the JDK server drop the connection: before any byte for a
   * reset, after some events for a cut stream (no terminating chunk is sent).
   */
  static final class ConnectionAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionAbort(String why) {
      super(why, null, false, false);
    }
  }

  private static final long CUT_GRACE_MILLIS = 100;

  private final Ids ids;
  private final double replaySpeed;

  ReplyWriter(Ids ids, double replaySpeed) {
    this.ids = ids;
    this.replaySpeed = replaySpeed;
  }

  void write(HttpExchange exchange, Answer answer) throws IOException {
    Reply reply = answer.reply();
    pause(reply.delayBeforeHeaders.toMillis());
    if (reply.kind == Reply.Kind.RESET) {
      throw new ConnectionAbort("connection reset by the reply");
    }
    Headers headers = exchange.getResponseHeaders();
    headers.set("x-request-id", ids.next("req"));
    headers.set("openai-processing-ms", "1");
    Outcome outcome = answer.outcome();
    if (outcome instanceof Outcome.Json json) {
      headers.set("content-type", "application/json");
      reply.headers.forEach(headers::set);
      send(exchange, json.status(), json.body().getBytes(StandardCharsets.UTF_8));
    } else if (outcome instanceof Outcome.Events stream) {
      headers.set("content-type", "text/event-stream; charset=utf-8");
      headers.set("cache-control", "no-cache");
      reply.headers.forEach(headers::set);
      exchange.sendResponseHeaders(200, 0);
      writeEvents(exchange.getResponseBody(), stream.events(), reply);
    } else if (reply.eventStream) {
      reply.headers.forEach(headers::set);
      exchange.sendResponseHeaders(reply.status, 0);
      writeRecorded(exchange.getResponseBody(), reply);
    } else {
      reply.headers.forEach(headers::set);
      send(exchange, reply.status, reply.body);
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
      // a HEAD answer has headers only (the JDK server warns when told of a body)
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void writeEvents(OutputStream out, List<ResponseStreamEvent> events, Reply reply)
      throws IOException {
    for (int i = 0; i < events.size(); i++) {
      interruptIfDue(reply, i);
      pause(reply.delayBetweenEvents.toMillis());
      ResponseStreamEvent event = events.get(i);
      String frame = "event: " + event.type() + "\ndata: " + ResponsesJson.toJson(event) + "\n\n";
      byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
      emit(out, bytes, 0, bytes.length, reply);
    }
    interruptIfDue(reply, events.size());
    out.close();
  }

  private void writeRecorded(OutputStream out, Reply reply) throws IOException {
    List<Integer> ends = SseSegments.of(reply.body).ends();
    int start = 0;
    for (int i = 0; i < ends.size(); i++) {
      interruptIfDue(reply, i);
      long recorded = i < reply.recordedDelaysMillis.size() ? reply.recordedDelaysMillis.get(i) : 0;
      pause(scaled(recorded) + reply.delayBetweenEvents.toMillis());
      emit(out, reply.body, start, ends.get(i) - start, reply);
      start = ends.get(i);
    }
    interruptIfDue(reply, ends.size());
    out.close();
  }

  /** Writes and flushes a piece of a stream: whole, or in the reply's write size. */
  private static void emit(OutputStream out, byte[] bytes, int offset, int length, Reply reply)
      throws IOException {
    if (reply.writeSize == 0) {
      out.write(bytes, offset, length);
      out.flush();
      return;
    }
    for (int start = offset; start < offset + length; start += reply.writeSize) {
      out.write(bytes, start, Math.min(reply.writeSize, offset + length - start));
      out.flush();
      // a moment apart (0.1 ms), so the pieces are not coalesced on the way
      LockSupport.parkNanos(100_000);
    }
  }

  private static void interruptIfDue(Reply reply, int sentEvents) {
    if (reply.stallAfterEvents == sentEvents) {
      try {
        // silent but open, until the server closes (which interrupts this thread)
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        throw new ConnectionAbort("server stopping");
      }
    }
    if (reply.cutAfterEvents == sentEvents) {
      // The connection drops a moment after the last event, as a network failure would: a
      // client that discards buffered data on an error (the JDK's HttpClient does) still gets
      // the events that were sent.
      if (sentEvents > 0) {
        pause(CUT_GRACE_MILLIS);
      }
      throw new ConnectionAbort("stream cut after " + sentEvents + " events");
    }
  }

  private long scaled(long recordedMillis) {
    return replaySpeed <= 0 ? 0 : Math.round(recordedMillis / replaySpeed);
  }

  private static void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      throw new ConnectionAbort("server stopping");
    }
  }
}
