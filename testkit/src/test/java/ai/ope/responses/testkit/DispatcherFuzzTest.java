package ai.ope.responses.testkit;

import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.stream.ServerSentEvent;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ai.ope.responses.testkit.InMemoryExchange.Headers;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary requests through the fake server's request handling, in memory: the dispatcher that
 * the JDK server calls, with its protocol checks, cassette matching, create endpoint (scripted
 * rendering of whatever the body asks for), store and stored-response endpoints.
 *
 * <p>An input is one or more HTTP-like requests separated by a line {@code ----}: a request line
 * {@code METHOD target}, header lines, a blank line, the body. {@code $LAST} in a target or body
 * becomes the id of the last response the server created, so that seeds reach retrieve, cancel,
 * input items and {@code previous_response_id}. Requests that the JDK server would refuse before
 * any handler sees them (a target that is not a URI, a path not under {@code /}) are skipped.
 *
 * <p>Requests to the admin API are fuzzed too; the replies they queue that inject faults on
 * purpose are dropped before the next request.
 *
 * <p>Invariants, with the strict and the echo fallback: every request is answered, with a 2xx or
 * a 4xx, never a 5xx or an exception; every 4xx carries the API's error envelope with a message;
 * a 200 is JSON or an event stream whose events read as typed events.
 */
class DispatcherFuzzTest {

  static final int MAX_INPUT = 64 * 1024;
  private static final int MAX_REQUEST_BYTES = 16 * 1024;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Cassette WEATHER = Cassette.fromClasspath("cassettes/weather");

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void answersEveryRequestWithAnEnvelope(byte[] input) throws IOException {
    if (input.length <= MAX_INPUT) {
      check(new String(input, StandardCharsets.UTF_8));
    }
  }

  /** The invariants for requests in the input format, of any size. */
  static void check(String text) throws IOException {
    for (FakeResponsesServer.Fallback fallback : FakeResponsesServer.Fallback.values()) {
      Stubs stubs = new Stubs();
      Dispatcher dispatcher = dispatcher(fallback, stubs);
      String last = "resp_none";
      for (String request : text.split("\n----\r?\n", 16)) {
        InMemoryExchange exchange = exchange(request.replace("$LAST", last));
        if (exchange != null) {
          dispatcher.handle(exchange);
          last = check(exchange, fallback).orElse(last);
          if (AdminApi.handles(exchange.uri().getRawPath())) {
            keepOnlyHarmlessReplies(stubs);
          }
        }
      }
    }
  }

  private static Dispatcher dispatcher(FakeResponsesServer.Fallback fallback, Stubs stubs) {
    CassetteMatcher cassettes = new CassetteMatcher(Set.of());
    cassettes.add(WEATHER);
    return new Dispatcher(ServerConfig.of(CLOCK, fallback, MAX_REQUEST_BYTES),
        new Journal(0), stubs, cassettes, new ResponseStore(), null);
  }

  /**
   * Drops the replies queued through the admin API that break the invariants on purpose (faults,
   * 5xx, waits, a response under another content type): what is checked of the admin API is its
   * own answers. Replies that answer normally stay queued, so the requests after them exercise
   * what the admin API queued.
   */
  private static void keepOnlyHarmlessReplies(Stubs stubs) {
    List<Stubs.Queued> queued = stubs.queued();
    stubs.clearQueue();
    queued.stream().filter(entry -> harmless(entry.reply()))
        .forEach(entry -> stubs.enqueue(entry.matcher(), entry.reply()));
  }

  private static boolean harmless(Reply reply) {
    return reply.kind != Reply.Kind.RESET && reply.status < 500
        && reply.delayBeforeHeaders.isZero() && reply.delayBetweenEvents.isZero()
        && reply.cutAfterEvents < 0 && reply.stallAfterEvents < 0 && reply.resetAfterBytes < 0
        && reply.writeSize == 0 && (reply.kind != Reply.Kind.SCRIPTED || reply.headers.isEmpty());
  }

  /** The request as the JDK server would hand it over, or null when it would not. */
  private static InMemoryExchange exchange(String request) {
    int headEnd = request.indexOf("\n\n");
    int crlfHeadEnd = request.indexOf("\r\n\r\n");
    String head;
    String body;
    if (crlfHeadEnd >= 0 && (headEnd < 0 || crlfHeadEnd < headEnd)) {
      head = request.substring(0, crlfHeadEnd);
      body = request.substring(crlfHeadEnd + 4);
    } else if (headEnd >= 0) {
      head = request.substring(0, headEnd);
      body = request.substring(headEnd + 2);
    } else {
      head = request;
      body = "";
    }
    String[] lines = head.split("\r?\n", -1);
    String[] requestLine = lines[0].split(" ", 3);
    if (requestLine.length < 2 || requestLine[0].isEmpty()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(requestLine[1]);
    } catch (URISyntaxException notARequestTarget) {
      return null;
    }
    if (uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
      return null;
    }
    Headers headers = new Headers();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        try {
          headers.add(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
        } catch (IllegalArgumentException notAHeaderTheServerWouldAccept) {
          // skipped, as the JDK server would not deliver it
        }
      }
    }
    return new InMemoryExchange(requestLine[0], uri, headers,
        body.getBytes(StandardCharsets.UTF_8));
  }

  /** Checks an answer; returns the id of the response it created, if any. */
  private static Optional<String> check(InMemoryExchange exchange,
      FakeResponsesServer.Fallback fallback) {
    int status = exchange.status();
    String body = new String(exchange.body(), StandardCharsets.UTF_8);
    String context = " (" + fallback + " fallback) to " + exchange.method() + " "
        + exchange.uri() + ": " + body;
    if (!exchange.isClosed()) {
      throw new AssertionError("the exchange was left open" + context);
    }
    if (status < 200 || status >= 500 || status >= 300 && status < 400) {
      throw new AssertionError("answered " + status + context);
    }
    if (exchange.method().equalsIgnoreCase("HEAD")) {
      // an answer to HEAD has a status and headers only, by definition
      return Optional.empty();
    }
    if (status >= 400) {
      ErrorResponse error;
      try {
        error = ResponsesJson.fromJson(body, ErrorResponse.class);
      } catch (ResponsesJsonException notAnEnvelope) {
        throw new AssertionError("a " + status + " without the error envelope" + context,
            notAnEnvelope);
      }
      if (error.error() == null || error.error().message() == null
          || error.error().message().isBlank()) {
        throw new AssertionError("a " + status + " without an error message" + context);
      }
      return Optional.empty();
    }
    String contentType = exchange.responseHeader("content-type");
    if (contentType != null && contentType.startsWith("text/event-stream")) {
      String created = null;
      for (ServerSentEvent frame : ServerSentEvent.parseAll(body)) {
        if (!frame.isDone()) {
          frame.toEvent();
          if (created == null) {
            created = idOf(Json.parse(frame.data()).orElseThrow().asJsonObject().get("response"));
          }
        }
      }
      return Optional.ofNullable(created);
    }
    if (!body.isEmpty()) {
      JsonValue json = Json.parse(body).orElseThrow(
          () -> new AssertionError("a 200 whose body is not JSON" + context));
      return Optional.ofNullable(idOf(json));
    }
    return Optional.empty();
  }

  private static String idOf(JsonValue value) {
    return value instanceof JsonObject object && object.get("id") instanceof JsonString id
        && id.getString().startsWith("resp_") ? id.getString() : null;
  }
}
