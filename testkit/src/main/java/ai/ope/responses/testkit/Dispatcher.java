package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers every request, in this order; the first step that answers ends it:
 *
 * <ol>
 *   <li>the admin API ({@code /__admin/…}): answered apart, never journaled (a body over the
 *       size limit gets a 413);
 *   <li>the request is journaled; a body over the size limit gets a 413;
 *   <li>authentication, when the server requires a key: a 401;
 *   <li>scripted stubs, in their order. A scripted response to a create request is taken only
 *       when the request passes the protocol checks and validation below; otherwise that
 *       refusal answers and the reply stays queued. Errors, faults and raw replies go out as
 *       scripted, whatever the request;
 *   <li>cassette interactions (a recording is the truth, even about an odd request);
 *   <li>a recording server forwards what is left to the upstream;
 *   <li>protocol checks: unknown path (404), wrong method (405), query parameters, content type
 *       and JSON body;
 *   <li>with cassettes loaded and the strict fallback, a create request that nothing matched is
 *       unmatched, with the nearest interaction's differences;
 *   <li>request validation against the API's schemas, when on;
 *   <li>the built-in endpoints: stored responses, input items and tokens, compaction, and for a
 *       create request the built-in model (or, with the strict fallback, unmatched).
 * </ol>
 *
 * <p>An unmatched request gets a 400 that says why and is noted for the test to fail on; a
 * failure of the fake itself gets the API's 500 envelope, so no request goes unanswered.
 */
final class Dispatcher {

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");

  private final Journal journal;
  private final Stubs stubs;
  private final CassetteMatcher cassettes;
  private final CreateEndpoint create;
  private final CompactEndpoint compact;
  private final StoredEndpoints stored;
  private final ReplyWriter writer;
  private final ServerConfig config;
  private final Recorder recorder;
  private final RequestValidator validator;
  private final BuiltInModel model;
  private final AdminApi admin;

  Dispatcher(ServerConfig config, Journal journal, Stubs stubs, CassetteMatcher cassettes,
      ResponseStore store, Recorder recorder) {
    Ids ids = new Ids();
    this.config = config;
    this.journal = journal;
    this.stubs = stubs;
    this.cassettes = cassettes;
    this.create = new CreateEndpoint(store, ids, config.clock());
    this.compact = new CompactEndpoint(store, ids, config.clock());
    this.stored = new StoredEndpoints(store);
    this.writer = new ReplyWriter(ids, config.replaySpeed());
    this.recorder = recorder;
    this.validator = new RequestValidator(store, config.knownModels());
    this.model = new BuiltInModel(store);
    this.admin = new AdminApi(stubs, journal, store, cassettes, config);
  }

  /**
   * Answers one exchange. A {@link ReplyWriter.ConnectionAbort} leaves the exchange open on
   * purpose and is thrown on: the engine then drops the connection, where close() would end the
   * body cleanly.
   */
  void handle(Exchange exchange) throws IOException {
    long arrived = System.nanoTime();
    RecordedRequest request = null;
    ResponseCapture capture = null;
    Exchange answering = exchange;
    try {
      byte[] body = readBody(exchange.requestBody());
      boolean tooLarge = body.length > config.maxRequestBytes();
      String path = exchange.rawPath();
      // admin requests are not journaled, so they take no number: the journal's have no gaps
      int sequence = AdminApi.handles(path) ? 0 : journal.nextSequence();
      request = new RecordedRequest(sequence,
          exchange.method().toUpperCase(Locale.ROOT), path,
          exchange.rawQuery() == null ? "" : exchange.rawQuery(), exchange.requestHeaders(),
          tooLarge ? new byte[0] : body, config.clock().instant());
      if (AdminApi.handles(request.path())) {
        // the admin API talks about the journal; it is not part of it
        writer.write(exchange, tooLarge ? tooLarge() : admin.answer(request));
        exchange.close();
        return;
      }
      // what goes back is noted below the faults, whoever writes it, for the journal to show
      capture = new ResponseCapture(arrived);
      answering = new CapturingExchange(exchange, capture);
      answerJournaled(answering, request, capture, tooLarge);
    } catch (ReplyWriter.ConnectionAbort abort) {
      ended(capture, abort.ending());
      throw abort;
    } catch (RuntimeException failure) {
      LOG.log(System.Logger.Level.WARNING, "The fake server failed to answer "
          + exchange.method() + " " + ApiErrors.shown(exchange.rawPath()), failure);
      boolean nothingSent = exchange.status() == -1;
      if (nothingSent) {
        // Nothing sent yet: a failure of the fake itself still gets the API's envelope, so the
        // test sees why instead of a dropped connection.
        if (request != null) {
          request.answered("failure of the fake server: " + failure, 500);
        }
        failed(answering, failure);
      }
      exchange.close();
      ended(capture, nothingSent ? "complete" : "cut by a failure of the fake server");
    } catch (IOException failure) {
      ended(capture, "client went away");
      exchange.close();
      throw failure;
    } finally {
      // whatever else stopped the answer, it has ended
      ended(capture, "client went away");
      if (request != null && !AdminApi.handles(request.path())) {
        config.onAnswered().accept(request);
      }
    }
  }

  private void answerJournaled(Exchange exchange, RecordedRequest request,
      ResponseCapture capture, boolean tooLarge) throws IOException {
    request.capture(capture);
    journal.add(request);
    Answer answer = tooLarge ? answered(request, "protocol", tooLarge()) : answer(request);
    if (answer == null) {
      recorder.forward(exchange, request);
    } else {
      writer.write(exchange, answer);
    }
    exchange.close();
    capture.ended("complete");
  }

  /** Notes how the answer ended; only the first ending counts. */
  private static void ended(ResponseCapture capture, String how) {
    if (capture != null) {
      capture.ended(how);
    }
  }

  private Answer tooLarge() {
    return Answer.invalidRequest(413, "Request body too large: more than "
        + config.maxRequestBytes() + " bytes.", null, "request_too_large");
  }

  private static void failed(Exchange exchange, RuntimeException failure) throws IOException {
    byte[] body = ApiErrors.envelope("The fake server failed to answer this request ("
        + ApiErrors.shown(String.valueOf(failure)) + "); see its log.", "server_error", null,
        null).getBytes(StandardCharsets.UTF_8);
    exchange.setHeader("content-type", "application/json");
    exchange.sendHeaders(500, body.length);
    exchange.responseBody().write(body);
  }

  /**
   * The answer to a request, with what answered noted on the request; null when a recording
   * server forwards it to the upstream. The WebSocket mode answers its create events here too.
   */
  Answer answer(RecordedRequest request) {
    Route route = Route.of(request.method(), request.path());
    Answer unauthorized = authenticationError(request);
    if (unauthorized != null) {
      return answered(request, "authentication", unauthorized);
    }
    // Stubs and recordings come before the protocol checks: a test may script any path, and a
    // recording is the truth about what a server answered, even to an odd request.
    boolean creates = route.endpoint() == Route.Endpoint.CREATE;
    // A scripted response answers only a request the real server would take; one it refuses
    // gets the refusal and leaves the reply queued for the next request.
    Answer[] refusal = new Answer[1];
    Optional<Stubs.Match> stub = stubs.find(request, creates, reply -> {
      if (!creates || reply.kind != Reply.Kind.SCRIPTED) {
        return true;
      }
      refusal[0] = refusal(request, route);
      return refusal[0] == null;
    });
    if (stub.isPresent()) {
      return stub.get().taken() ? scripted(stub.get(), request, route) : refusal[0];
    }
    Optional<Answer> recorded = recorded(request, route.endpoint() == Route.Endpoint.CREATE);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    if (forwards(request)) {
      return null;
    }
    Answer rejected = protocolError(request, route);
    if (rejected != null) {
      return answered(request, "protocol", rejected);
    }
    if (route.endpoint() == Route.Endpoint.CREATE && !cassettes.isEmpty()
        && config.fallback() == FakeResponsesServer.Fallback.STRICT) {
      // with recordings loaded, the nearest one and its differences help more than a check
      return create.unknownPrevious(request)
          .map(notFound -> answered(request, "built-in endpoint", notFound))
          .orElseGet(() -> unmatched(request, "no stub or recorded interaction answers it"));
    }
    Answer invalid = validated(request, route);
    return invalid != null ? invalid : builtIn(request, route);
  }

  /**
   * The answer to a WebSocket warm-up ({@code generate: false}): a recorded warm-up when a
   * cassette has one, else null on a recording server (it forwards the warm-up), else the checks
   * a create request gets, then a response without output.
   * Scripts are not consulted: a warm-up uses up no reply a test queued for a turn.
   */
  Answer warmUp(RecordedRequest request) {
    Answer unauthorized = authenticationError(request);
    if (unauthorized != null) {
      return answered(request, "authentication", unauthorized);
    }
    Optional<Answer> recorded = recorded(request, true);
    if (recorded.isPresent()) {
      return recorded.get();
    }
    if (forwards(request)) {
      return null;
    }
    Answer refused = refusal(request, Route.of(request.method(), request.path()));
    return refused != null ? refused : answered(request, "WebSocket warm-up (generate: false)",
        create.warmUp(Reply.builder().build(), request));
  }

  /**
   * The answer a loaded cassette holds for the request, noted on it; a recorded create's
   * response is stored, for a later request that names it.
   */
  private Optional<Answer> recorded(RecordedRequest request, boolean creates) {
    return cassettes.match(request).map(interaction -> {
      if (creates) {
        create.remember(request, interaction.reply());
      }
      return answered(request, "cassette interaction " + interaction.name(),
          Answer.of(interaction.reply()));
    });
  }

  /** Whether a recording server forwards the request to its upstream (noted on it). */
  private boolean forwards(RecordedRequest request) {
    if (recorder == null) {
      return false;
    }
    request.answered("recorder: forwarded to the upstream", 0);
    return true;
  }

  /** What the server answers instead of a scripted response: a protocol error or a refusal. */
  private Answer refusal(RecordedRequest request, Route route) {
    Answer rejected = protocolError(request, route);
    return rejected != null ? answered(request, "protocol", rejected)
        : validated(request, route);
  }

  /** The API's 400 for a body the real server would refuse, or null when it would take it. */
  private Answer validated(RecordedRequest request, Route route) {
    if (!config.validating().get() || !route.takesBody()) {
      return null;
    }
    Answer invalid = validator.check(route.endpoint(), request);
    return invalid == null ? null : answered(request, "validation", invalid);
  }

  /**
   * A scripted reply answers a create request as the server would, after the checks the real
   * server makes; any other reply (an error, a fault, raw bytes) goes out as scripted.
   */
  private Answer scripted(Stubs.Match match, RecordedRequest request, Route route) {
    Reply reply = match.reply();
    if (reply.kind != Reply.Kind.SCRIPTED) {
      return answered(request, match.source(), Answer.of(reply));
    }
    if (route.endpoint() == Route.Endpoint.CREATE) {
      // the checks ran before the reply was taken
      return answered(request, match.source(), create.create(reply, request));
    }
    Answer badQuery = QueryParameters.parse(request.query()).check(route.endpoint());
    if (badQuery != null) {
      return answered(request, "protocol", badQuery);
    }
    return builtIn(reply, request, route)
        .map(answer -> answered(request, match.source(), answer))
        .orElseGet(() -> unmatched(request,
            "a scripted response answers only POST /v1/responses"));
  }

  private Answer builtIn(RecordedRequest request, Route route) {
    if (route.endpoint() == Route.Endpoint.CREATE) {
      Optional<Answer> notFound = create.unknownPrevious(request);
      if (notFound.isPresent()) {
        return answered(request, "built-in endpoint", notFound.get());
      }
      return config.fallback() == FakeResponsesServer.Fallback.STRICT
          ? unmatched(request, "no stub or recorded interaction answers it")
          : answered(request, "built-in model", create.create(model.reply(request), request));
    }
    Reply plain = Reply.builder().build();
    return builtIn(plain, request, route)
        .map(answer -> answered(request, "built-in endpoint", answer))
        .orElseGet(() -> unmatched(request, "no stub or recorded interaction answers it"));
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
      case COMPACT:
        return Optional.of(compact.compact(reply, request));
      default:
        return Optional.empty();
    }
  }

  /** Notes on the request what answered it, with the status it gets. */
  private static Answer answered(RecordedRequest request, String by, Answer answer) {
    String why = by;
    int status = answer.status();
    if (status >= 400 && !by.startsWith("stub") && !by.startsWith("queued")
        && !by.startsWith("cassette")) {
      why = by + ": " + answer.errorMessage().orElse("HTTP " + status);
    }
    request.answered(why, status);
    return answer;
  }

  private Answer unmatched(RecordedRequest request, String why) {
    StrictMiss miss = cassettes.isEmpty() ? new StrictMiss(null, List.of())
        : cassettes.miss(request);
    String explanation = "Unmatched request " + ApiErrors.shown(request.method()) + " "
        + ApiErrors.shown(request.path())
        + (request.query().isEmpty() ? "" : "?" + ApiErrors.shown(request.query())) + ": " + why
        + (cassettes.isEmpty() ? "" : "; " + miss.explanation());
    request.missed(miss);
    journal.unmatched(explanation);
    request.answered("unmatched: " + explanation, 400);
    return Answer.invalidRequest(400, explanation, null, "unmatched_request");
  }

  /** A 401 when the server requires a key and the request lacks it; otherwise null. */
  Answer authenticationError(RecordedRequest request) {
    String apiKey = config.apiKey();
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
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 9L, config.maxRequestBytes()) + 1);
  }
}
