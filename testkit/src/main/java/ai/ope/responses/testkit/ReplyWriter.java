package ai.ope.responses.testkit;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Puts an {@link Answer} on the wire: the pause before the headers, the status and headers, then
 * the body; a stream event by event, with its pause (everything before a pause is flushed), cut
 * where the reply says. The bytes of any body go through {@link ShapedBody} for the faults below
 * events.
 */
final class ReplyWriter {

  /**
   * Thrown out of the handler to make the engine drop the connection ({@link Exchange#abort()}):
   * before any byte for a reset, after some events for a cut stream (no terminating chunk is
   * sent).
   */
  static final class ConnectionAbort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** How the answer ended, as the journal shows it. */
    private final String ending;

    ConnectionAbort(String why, String ending) {
      super(why, null, false, false);
      this.ending = ending;
    }

    /** How the answer ended, e.g. {@code cut by a fault after 3 events}. */
    String ending() {
      return ending;
    }
  }

  private final Ids ids;
  private final Pacing pacing;

  ReplyWriter(Ids ids, double replaySpeed) {
    this.ids = ids;
    this.pacing = new Pacing(replaySpeed);
  }

  void write(Exchange exchange, Answer answer) throws IOException {
    Reply reply = answer.reply();
    pause(reply.delayBeforeHeaders.toMillis());
    if (reply.kind == Reply.Kind.RESET) {
      throw new ConnectionAbort("connection reset by the reply", "connection reset");
    }
    exchange.setHeader("x-request-id", ids.next("req"));
    exchange.setHeader("openai-processing-ms", "1");
    Outcome outcome = answer.outcome();
    if (outcome instanceof Outcome.Json json) {
      exchange.setHeader("content-type", "application/json");
      reply.headers.forEach(exchange::setHeader);
      send(exchange, json.status(), json.body().getBytes(StandardCharsets.UTF_8), reply);
    } else if (outcome instanceof Outcome.Events stream) {
      exchange.setHeader("content-type", "text/event-stream; charset=utf-8");
      exchange.setHeader("cache-control", "no-cache");
      reply.headers.forEach(exchange::setHeader);
      exchange.sendHeaders(200, 0);
      writeEvents(new ShapedBody(exchange.responseBody(), reply), stream.events(), reply);
    } else if (reply.eventStream) {
      reply.headers.forEach(exchange::setHeader);
      exchange.sendHeaders(reply.status, 0);
      writeRecorded(new ShapedBody(exchange.responseBody(), reply), reply);
    } else {
      reply.headers.forEach(exchange::setHeader);
      send(exchange, reply.status, reply.body, reply);
    }
  }

  private static void send(Exchange exchange, int status, byte[] body, Reply reply)
      throws IOException {
    if (exchange.method().equalsIgnoreCase("HEAD")) {
      // a HEAD answer has headers only (no body may follow)
      exchange.sendHeaders(status, -1);
      return;
    }
    exchange.sendHeaders(status, body.length == 0 ? -1 : body.length);
    // Not closed when the body is dropped mid-way (ConnectionAbort): closing would end the
    // exchange as if the body were complete.
    OutputStream out = new ShapedBody(exchange.responseBody(), reply);
    out.write(body);
    out.close();
  }

  private void writeEvents(OutputStream out, List<ResponseStreamEvent> events, Reply reply)
      throws IOException {
    for (int i = 0; i < events.size(); i++) {
      long pause = reply.delayBetweenEvents.toMillis();
      flushBeforeWaiting(out, reply, i, pause);
      interruptIfDue(reply, i);
      pause(pause);
      ResponseStreamEvent event = events.get(i);
      String frame = "event: " + event.type() + "\ndata: " + ResponsesJson.toJson(event) + "\n\n";
      out.write(frame.getBytes(StandardCharsets.UTF_8));
    }
    flushBeforeWaiting(out, reply, events.size(), 0);
    interruptIfDue(reply, events.size());
    out.close();
  }

  private void writeRecorded(OutputStream out, Reply reply) throws IOException {
    List<Integer> ends = reply.eventEnds();
    int start = 0;
    for (int i = 0; i < ends.size(); i++) {
      long recorded = i < reply.recordedDelaysMillis.size() ? reply.recordedDelaysMillis.get(i) : 0;
      long pause = pacing.scaled(recorded) + reply.delayBetweenEvents.toMillis();
      flushBeforeWaiting(out, reply, i, pause);
      interruptIfDue(reply, i);
      pause(pause);
      out.write(reply.body, start, ends.get(i) - start);
      start = ends.get(i);
    }
    flushBeforeWaiting(out, reply, ends.size(), 0);
    interruptIfDue(reply, ends.size());
    out.close();
  }

  /**
   * Sends what was written when the next event waits or a fault comes first, so the client has
   * every event before the pause. Events that follow one another at once are not flushed apart:
   * the bytes are the same, and a flush per event costs a chunk and a system call each (a third
   * of the throughput at full speed).
   */
  private static void flushBeforeWaiting(OutputStream out, Reply reply, int nextEvent,
      long pauseMillis) throws IOException {
    if (pauseMillis > 0 || reply.stallAfterEvents == nextEvent
        || reply.cutAfterEvents == nextEvent) {
      out.flush();
    }
  }

  private static void interruptIfDue(Reply reply, int sentEvents) {
    if (reply.stallAfterEvents == sentEvents) {
      try {
        // silent but open, until the server closes (which interrupts this thread)
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException stopping) {
        Thread.currentThread().interrupt();
        throw new ConnectionAbort("server stopping", "server stopped");
      }
    }
    if (reply.cutAfterEvents == sentEvents) {
      // The connection drops a moment after the last event, as a network failure would: a
      // client that discards buffered data on an error (the JDK's HttpClient does) still gets
      // the events that were sent.
      if (sentEvents > 0) {
        pause(Pacing.CUT_GRACE_MILLIS);
      }
      throw new ConnectionAbort("stream cut after " + sentEvents + " events",
          "cut by a fault after " + sentEvents + " events");
    }
  }

  private static void pause(long millis) {
    if (!Pacing.pause(millis)) {
      throw new ConnectionAbort("server stopping", "server stopped");
    }
  }
}
