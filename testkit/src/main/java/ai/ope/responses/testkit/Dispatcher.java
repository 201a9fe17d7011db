package ai.ope.responses.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers every request: protocol checks first (size, content type, JSON), then scripted stubs,
 * then cassettes, then the built-in endpoints; whatever none of them answers gets an error that
 * says why, and is noted for the test to fail on.
 */
final class Dispatcher implements HttpHandler {

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");

  private final Journal journal;
  private final Stubs stubs;
  private final CassetteMatcher cassettes;
  private final CreateEndpoint create;
  private final StoredEndpoints stored;
  private final ReplyWriter writer;
  private final Clock clock;
  private final FakeResponsesServer.Fallback fallback;
  private final long maxRequestBytes;
  private final String apiKey;
  private final Recorder recorder;

  Dispatcher(Journal journal, Stubs stubs, CassetteMatcher cassettes, ResponseStore store, Ids ids,
      Clock clock, FakeResponsesServer.Fallback fallback, long maxRequestBytes, String apiKey,
      double replaySpeed, Recorder recorder) {
    this.journal = journal;
    this.stubs = stubs;
    this.cassettes = cassettes;
    this.create = new CreateEndpoint(store, ids, clock);
    this.stored = new StoredEndpoints(store);
    this.writer = new ReplyWriter(ids, replaySpeed);
    this.clock = clock;
    this.fallback = fallback;
    this.maxRequestBytes = maxRequestBytes;
    this.apiKey = apiKey;
    this.recorder = recorder;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // A ConnectionAbort leaves the exchange open on purpose: the JDK server then drops the
    // connection, where close() would end the body cleanly.
    try {
      byte[] body = readBody(exchange.getRequestBody());
      boolean tooLarge = body.length > maxRequestBytes;
      URI uri = exchange.getRequestURI();
      RecordedRequest request = new RecordedRequest(journal.nextSequence(),
          exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri.getRawPath(),
          uri.getRawQuery() == null ? "" : uri.getRawQuery(), exchange.getRequestHeaders(),
          tooLarge ? new byte[0] : body, clock.instant());
      journal.add(request);
      Answer answer = tooLarge
          ? Answer.invalidRequest(413, "Request body too large: more than " + maxRequestBytes
              + " bytes.", null, "request_too_large")
          : answer(request);
      if (answer == null) {
        recorder.forward(exchange, request);
      } else {
        writer.write(exchange, answer);
      }
      exchange.close();
    } catch (ReplyWriter.ConnectionAbort abort) {
      throw abort;
    } catch (RuntimeException failure) {
      LOG.log(System.Logger.Level.WARNING, "The fake server failed to answer "
          + exchange.getRequestMethod() + " "
          + ApiErrors.shown(exchange.getRequestURI().getRawPath()), failure);
      if (exchange.getResponseCode() == -1) {
        // Nothing sent yet: a failure of the fake itself still gets the API's envelope, so the
        // test sees why instead of a dropped connection.
        failed(exchange, failure);
      }
      exchange.close();
    } catch (IOException failure) {
      exchange.close();
      throw failure;
    }
  }

  private static void failed(HttpExchange exchange, RuntimeException failure) throws IOException {
    byte[] body = ApiErrors.envelope("The fake server failed to answer this request ("
        + ApiErrors.shown(String.valueOf(failure)) + "); see its log.", "server_error", null,
        null).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("content-type", "application/json");
    exchange.sendResponseHeaders(500, body.length);
    exchange.getResponseBody().write(body);
  }

  /** The answer to a request; null when a recording server forwards it to the upstream. */
  private Answer answer(RecordedRequest request) {
    Route route = Route.of(request.method(), request.path());
    Answer unauthorized = authenticationError(request);
    if (unauthorized != null) {
      return unauthorized;
    }
    // Stubs and recordings come before the protocol checks: a test may script any path, and a
    // recording is the truth about what a server answered, even to an odd request.
    Optional<Reply> stub = stubs.find(request, route.endpoint() == Route.Endpoint.CREATE);
    if (stub.isPresent()) {
      return scripted(stub.get(), request, route);
    }
    Optional<Interaction> recorded = cassettes.match(request);
    if (recorded.isPresent()) {
      if (route.endpoint() == Route.Endpoint.CREATE) {
        create.remember(request, recorded.get().reply());
      }
      return Answer.of(recorded.get().reply());
    }
    if (recorder != null) {
      return null;
    }
    Answer rejected = protocolError(request, route);
    return rejected != null ? rejected : builtIn(request, route);
  }

  /** A scripted reply answers a create request as the server would; any other reply as is. */
  private Answer scripted(Reply reply, RecordedRequest request, Route route) {
    if (reply.kind != Reply.Kind.SCRIPTED) {
      return Answer.of(reply);
    }
    Answer badQuery = QueryParameters.parse(request.query()).check(route.endpoint());
    if (badQuery != null) {
      return badQuery;
    }
    if (route.endpoint() == Route.Endpoint.CREATE) {
      return create.create(reply, request);
    }
    return builtIn(reply, request, route).orElseGet(() -> unmatched(request,
        "a scripted response answers only POST /v1/responses"));
  }

  private Answer builtIn(RecordedRequest request, Route route) {
    if (route.endpoint() == Route.Endpoint.CREATE) {
      return fallback == FakeResponsesServer.Fallback.ECHO
          ? create.create(EchoReply.to(request), request)
          : create.unknownPrevious(request).orElseGet(() ->
              unmatched(request, "no stub or recorded interaction answers it"));
    }
    Reply plain = Reply.builder().build();
    return builtIn(plain, request, route).orElseGet(() -> unmatched(request,
        "no stub or recorded interaction answers it"));
  }

  private Optional<Answer> builtIn(Reply reply, RecordedRequest request, Route route) {
    switch (route.endpoint()) {
      case RETRIEVE:
        return Optional.of(stored.retrieve(reply, route.responseId(), request));
      case DELETE:
        return Optional.of(stored.delete(reply, route.responseId()));
      case CANCEL:
        return Optional.of(stored.cancel(reply, route.responseId()));
      case INPUT_ITEMS:
        return Optional.of(stored.inputItems(reply, route.responseId(), request));
      case INPUT_TOKENS:
        return Optional.of(create.inputTokens(reply, request));
      default:
        return Optional.empty();
    }
  }

  private Answer unmatched(RecordedRequest request, String why) {
    String explanation = "Unmatched request " + ApiErrors.shown(request.method()) + " "
        + ApiErrors.shown(request.path())
        + (request.query().isEmpty() ? "" : "?" + ApiErrors.shown(request.query())) + ": " + why
        + (cassettes.isEmpty() ? "" : "; " + cassettes.explain(request));
    journal.unmatched(explanation);
    return Answer.invalidRequest(400, explanation, null, "unmatched_request");
  }

  /** A 401 when the server requires a key and the request lacks it; otherwise null. */
  private Answer authenticationError(RecordedRequest request) {
    if (apiKey != null) {
      Optional<String> authorization = request.header("Authorization");
      if (authorization.isEmpty()) {
        return Answer.invalidRequest(401, "You didn't provide an API key. You need to provide"
            + " your API key in an Authorization header using Bearer auth.", null, null);
      }
      if (!authorization.get().equals("Bearer " + apiKey)) {
        return Answer.invalidRequest(401, "Incorrect API key provided.", null,
            "invalid_api_key");
      }
    }
    return null;
  }

  /** The built-in endpoints' errors: unknown paths, wrong methods, unreadable bodies. */
  private Answer protocolError(RecordedRequest request, Route route) {
    switch (route.endpoint()) {
      case UNKNOWN_PATH:
        return Answer.invalidRequest(404, "Invalid URL (" + ApiErrors.shown(request.method())
            + " " + ApiErrors.shown(request.path()) + ")", null, null);
      case WRONG_METHOD:
        return Answer.invalidRequest(405, "Method " + ApiErrors.shown(request.method())
            + " is not allowed on " + ApiErrors.shown(request.path()) + ".", null, null);
      default:
        break;
    }
    Answer badQuery = QueryParameters.parse(request.query()).check(route.endpoint());
    if (badQuery != null) {
      return badQuery;
    }
    if (!route.takesBody()) {
      return null;
    }
    Optional<String> contentType = request.header("Content-Type");
    if (contentType.isPresent()
        && !contentType.get().toLowerCase(Locale.ROOT).startsWith("application/json")) {
      return Answer.invalidRequest(415, "Invalid Content-Type header (" + contentType.get()
          + "), expected application/json.", null, "unsupported_content_type");
    }
    if (request.json().filter(json -> json.getValueType() == jakarta.json.JsonValue.ValueType
        .OBJECT).isEmpty()) {
      return Answer.invalidRequest(400, "We could not parse the JSON body of your request:"
          + " the API expects a JSON object.", null, "invalid_json");
    }
    return null;
  }

  private byte[] readBody(InputStream in) throws IOException {
    // One byte over the limit is enough to know it is too large. Capped before adding that
    // byte: a limit of Long.MAX_VALUE ("no limit") must not overflow into reading nothing.
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 9L, maxRequestBytes) + 1);
  }
}
