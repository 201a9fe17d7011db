package ai.ope.responses.testkit;

import ai.ope.responses.api.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A fake Responses API server, in process, on a loopback port: script the replies, run the code
 * under test against {@link #baseUri()}, then verify what it sent.
 *
 * <pre>{@code
 * try (FakeResponsesServer server = FakeResponsesServer.start()) {
 *   server.enqueue(Reply.text("Hello!"));
 *   // ... point the client at server.baseUri() and call it ...
 *   RecordedRequest sent = server.takeRequest();
 * }
 * }</pre>
 *
 * <p>It serves the whole endpoint family: create (JSON, or a stream when the request says
 * {@code stream: true}), retrieve (and {@code ?stream=true&starting_after=N} replay), delete,
 * cancel, input items with cursor pagination, and input-token counts. Created responses are kept
 * (unless {@code store: false}), so {@code previous_response_id} and retrieval work; an unknown
 * id gets the API's 404.
 *
 * <p>Each request is answered by the first of: a stub ({@link #when}), the queue of replies for
 * create requests or for the requests a matcher selects ({@link #enqueue}), a recorded
 * interaction of a loaded {@link Cassette}, the built-in endpoints, the built-in model (with
 * {@link Fallback#MODEL}). With {@link Fallback#STRICT} (the default), a create request none of
 * them answers gets a 400 in the API's error envelope naming the nearest recorded interaction and
 * how the request differs from it; it is also listed by {@link #unmatchedRequests()}, so a test
 * can fail on it. Before a scripted response, a built-in endpoint or the built-in model answers,
 * the request is validated as the real API validates it: one the API would refuse (an unknown
 * parameter, a value out of range, an unknown item type...) gets the API's 400 instead, with its
 * {@code code}, {@code param} and wording ({@link #validateRequests(boolean)} turns this off);
 * a scripted response then stays queued for the next request. Recorded interactions and scripted
 * errors and faults are sent unchecked.
 *
 * <p>Test suites in any language queue replies, read the requests and reset the server over
 * HTTP, through the admin API under {@code /__admin/} on the same port (see
 * {@code docs/admin-api.md}); a browser shows the same at {@link #inspectorUri()}. What the
 * server sent back for each request is at {@link RecordedRequest#response()}.
 *
 * <p>Thread-safe. Each request is handled on its own thread, so a slow stream never blocks
 * another request. {@link #close()} frees the port.
 */
public final class FakeResponsesServer implements AutoCloseable {

  /** What answers a create request that no stub, queued reply or recording answers. */
  public enum Fallback {
    /** An error naming the nearest recorded interaction: the default, for tests. */
    STRICT,
    /**
     * The built-in model: a deterministic answer that honours the request (JSON that fits a
     * requested schema, the tool calls {@code tool_choice} demands, {@code max_output_tokens},
     * reasoning, logprobs), so any client can be pointed at the server with nothing scripted.
     */
    MODEL,
    /**
     * The former name of {@link #MODEL}, which also echoes the last user message when asked
     * for plain text.
     *
     * @deprecated use {@link #MODEL}
     */
    @Deprecated
    ECHO
  }

  private static final System.Logger LOG = System.getLogger("ai.ope.responses.testkit");
  private static final AtomicInteger SERVERS = new AtomicInteger();
  private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final Engine engine;
  private final InetSocketAddress bound;
  private final AtomicBoolean validating;
  private final Journal journal;
  private final Stubs stubs = new Stubs();
  private final CassetteMatcher cassettes;
  private final ResponseStore store = new ResponseStore();
  private final URI baseUri;
  private final Recorder recorder;
  private final boolean inspector;
  private final ResponsesSocketHandler sockets;

  private FakeResponsesServer(Builder builder) throws IOException {
    this.journal = new Journal(builder.journalLimit);
    this.cassettes = new CassetteMatcher(builder.ignoredPointers);
    builder.cassettes.forEach(cassettes::add);
    this.recorder = builder.recording == null ? null
        : Recorder.start(builder.recording, cassettes, builder.recordingListener);
    this.validating = new AtomicBoolean(builder.validateRequests);
    this.inspector = builder.inspector;
    @SuppressWarnings("deprecation")
    FakeResponsesServer.Fallback fallback =
        builder.fallback == Fallback.ECHO ? Fallback.MODEL : builder.fallback;
    ServerConfig config = new ServerConfig(builder.clock, fallback, builder.maxRequestBytes,
        builder.apiKey, builder.replaySpeed, validating, builder.knownModels,
        builder.onAnswered, builder.inspector);
    Dispatcher dispatcher = new Dispatcher(config, journal, stubs, cassettes, store, recorder);
    this.sockets = new ResponsesSocketHandler(config, journal, dispatcher, recorder);
    InetSocketAddress requested = new InetSocketAddress(builder.address, builder.port);
    this.engine = Engine.start(requested, builder.tls, dispatcher, SERVERS.incrementAndGet());
    // WebSocket mode on the same host, port and path as HTTP: SDKs derive the socket's URL
    // from the base URL
    engine.socketHandler(sockets);
    this.bound = engine.address(requested);
    String host = bound.getAddress().getHostAddress();
    this.baseUri = URI.create((builder.tls == null ? "http://" : "https://")
        + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + bound.getPort() + "/v1");
    if (!bound.getAddress().isLoopbackAddress()) {
      LOG.log(System.Logger.Level.WARNING, reachableWarning(bound));
    }
  }

  /**
   * The warning for a server bound beyond loopback: it answers anyone who can reach the port,
   * without a key unless one is required, and a recording one forwards with the real key.
   */
  private static String reachableWarning(InetSocketAddress bound) {
    InetAddress address = bound.getAddress();
    return "The fake Responses API server listens on "
        + (address.isAnyLocalAddress() ? "every network interface" : address.getHostAddress())
        + ", port " + bound.getPort()
        + ": it is reachable from other machines and answers anyone. Bind to 127.0.0.1 (the"
        + " default) to keep it on this machine.";
  }

  /**
   * Starts a server with the defaults: an ephemeral port on 127.0.0.1, strict fallback.
   *
   * @return the running server
   */
  public static FakeResponsesServer start() {
    return builder().start();
  }

  /**
   * A builder for a server with options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URI to give clients, e.g. {@code http://127.0.0.1:52411/v1}.
   *
   * @return the URI; it ends in {@code /v1}
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Where a browser shows what the server received and answered, live: the inspector page, e.g.
   * {@code http://127.0.0.1:52411/__admin/}. Handy to print when a test fails, or to open while
   * a test waits at a breakpoint.
   *
   * @return the URI of the page
   * @throws IllegalStateException when the server was built with {@code inspector(false)}
   */
  public URI inspectorUri() {
    if (!inspector) {
      throw new IllegalStateException("The inspector of " + this + " is off: it was built with"
          + " inspector(false). Leave that out to have the page at /__admin/.");
    }
    return baseUri.resolve("/__admin/");
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return bound.getPort();
  }

  /**
   * Queues a reply for the next create request ({@code POST /v1/responses}) that no stub answers.
   * Queued replies are used once each, in order.
   *
   * @param reply the reply
   */
  public void enqueue(Reply reply) {
    stubs.enqueue(Objects.requireNonNull(reply, "reply"));
  }

  /**
   * Queues a reply for the first request, of any endpoint, that this matcher selects and no stub
   * answers, e.g. {@code enqueue(RequestMatcher.jsonSubset("{\"model\":\"a\"}"), reply)}.
   * Queued replies, with or without a matcher, are used once each; a request gets the oldest
   * queued reply that may answer it, so replies for different requests can be queued in any
   * order.
   *
   * @param matcher which requests the reply may answer; combine it with
   *     {@link RequestMatcher#createResponse()} to answer only create requests
   * @param reply the reply
   */
  public void enqueue(RequestMatcher matcher, Reply reply) {
    stubs.enqueue(Objects.requireNonNull(matcher, "matcher"),
        Objects.requireNonNull(reply, "reply"));
  }

  /**
   * Starts a stub: the requests this matcher selects get the replies given to
   * {@link Stubbing#reply}.
   *
   * @param matcher which requests
   * @return the stubbing to complete
   */
  public Stubbing when(RequestMatcher matcher) {
    return new Stubbing(Objects.requireNonNull(matcher, "matcher"), stubs);
  }

  /**
   * Turns the validation of requests on or off while the server runs (it is on unless the
   * builder said otherwise): with it on, a request the server answers itself (a scripted or
   * built-in answer, not a recording or a scripted error) that the real API would refuse gets
   * the API's 400 instead, with the same {@code type}, {@code code}, {@code param} and wording.
   *
   * @param validate false to answer requests the real API would refuse
   */
  public void validateRequests(boolean validate) {
    validating.set(validate);
  }

  /**
   * Adds a cassette's recorded interactions to those the server replays.
   *
   * @param cassette the cassette
   */
  public void load(Cassette cassette) {
    cassettes.add(Objects.requireNonNull(cassette, "cassette"));
  }

  /**
   * The oldest request not yet taken, waiting up to ten seconds for one to arrive.
   *
   * @return the request
   * @throws AssertionError when none arrives in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = takeRequest(TAKE_TIMEOUT);
    if (request == null) {
      throw new AssertionError("no request arrived within " + TAKE_TIMEOUT.toSeconds() + " s");
    }
    return request;
  }

  /**
   * The oldest request not yet taken, waiting up to the timeout.
   *
   * @param timeout how long to wait
   * @return the request, or null when none arrived in time
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
    return journal.take(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Every request received since the start or the last {@link #reset()}, taken or not.
   *
   * @return the requests, in arrival order
   */
  public List<RecordedRequest> requests() {
    return journal.all();
  }

  /**
   * How many requests arrived since the start or the last {@link #reset()}.
   *
   * @return the count
   */
  public int requestCount() {
    return journal.received();
  }

  /**
   * Why each request that nothing answered was unmatched, nearest recording included.
   *
   * @return the explanations, in arrival order; empty when every request was answered
   */
  public List<String> unmatchedRequests() {
    return journal.unmatched();
  }

  /**
   * What a recording server could not record: an upstream that did not answer, an interaction
   * refused because a secret would have been written. A test should fail on any.
   *
   * @return one line per problem; empty when not recording or all went well
   */
  public List<String> recordingProblems() {
    return recorder == null ? List.of() : recorder.problems();
  }

  /**
   * Whether this server forwards requests its cassette does not answer to a real server.
   *
   * @return true in a recording mode that records
   */
  public boolean isRecording() {
    return recorder != null;
  }

  /**
   * A response the server keeps, as a retrieve would show it.
   *
   * @param id the response id
   * @return the response, if it is stored
   */
  public Optional<Response> storedResponse(String id) {
    return store.get(id).map(ResponseStore.Entry::response);
  }

  /**
   * Forgets stubs, queued replies, cassettes, stored responses and received requests, as if the
   * server had just started (the port stays). Loaded cassettes are unloaded; the admin API's
   * {@code POST /__admin/reset} differs there: it keeps them loaded and replays them from the
   * start, so a standalone server keeps the cassettes it was started with.
   */
  public void reset() {
    stubs.clear();
    cassettes.clear();
    store.clear();
    journal.clear();
  }

  /**
   * What answers the WebSocket connections on {@code /v1/responses}: the engine hands each one
   * to it.
   */
  SocketHandler socketHandler() {
    return sockets;
  }

  /** Stops the server and frees its port; streams in progress are cut. */
  @Override
  public void close() {
    sockets.closeAll();
    engine.close();
  }

  /**
   * Hands the WebSocket connections opened on {@code /v1/responses} (same host and port) to
   * another handler (tests of the engine). Without one, an upgrade request is answered like any
   * other GET on that path.
   *
   * @param handler the handler, or null to refuse new connections and close the open ones
   */
  void socketHandler(SocketHandler handler) {
    engine.socketHandler(handler);
  }

  @Override
  public String toString() {
    return "FakeResponsesServer[" + baseUri + "]";
  }

  /** Options of a {@link FakeResponsesServer}. Not thread-safe. */
  public static final class Builder {

    private InetAddress address = InetAddress.getLoopbackAddress();
    private int port;
    private Fallback fallback = Fallback.STRICT;
    private double replaySpeed;
    private Set<String> ignoredPointers = Set.of();
    private long maxRequestBytes = 32L * 1024 * 1024;
    private int journalLimit;
    private String apiKey;
    private Clock clock = Clock.systemUTC();
    private Recording recording;
    private Consumer<String> recordingListener = line -> { };
    private final List<Cassette> cassettes = new java.util.ArrayList<>();
    private boolean validateRequests = true;
    private Set<String> knownModels = Set.of();
    private Consumer<RecordedRequest> onAnswered = request -> { };
    private boolean inspector = true;
    private SSLContext tls;

    private Builder() {}

    /**
     * Serves HTTPS with this context (its key managers hold the server's certificate), for tests
     * of clients against a TLS gateway, self-signed certificates included; {@link #baseUri()} then
     * starts with {@code https://}. The certificate must name the address clients use
     * ({@code 127.0.0.1} by default).
     *
     * @param context an initialized context with a key manager
     * @return this builder
     */
    public Builder tls(SSLContext context) {
      this.tls = Objects.requireNonNull(context, "context");
      return this;
    }

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port the port
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The address to bind; loopback (the default) keeps the server private to this machine. Any
     * other address (the wildcard {@code 0.0.0.0} too) makes it reachable from other machines:
     * the server then logs a warning saying so when it starts.
     *
     * @param address the address
     * @return this builder
     */
    public Builder bindAddress(InetAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * What answers create requests nothing else answers (default {@link Fallback#STRICT}).
     *
     * @param fallback the fallback
     * @return this builder
     */
    public Builder fallback(Fallback fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /**
     * How fast recorded streams replay: 0 (the default) sends events at once, 1 keeps the
     * recorded pauses, 2 halves them.
     *
     * @param speed 0, or a positive factor
     * @return this builder
     */
    public Builder replaySpeed(double speed) {
      if (speed < 0 || Double.isNaN(speed) || Double.isInfinite(speed)) {
        throw new IllegalArgumentException("speed must be 0 or a positive factor: " + speed);
      }
      this.replaySpeed = speed;
      return this;
    }

    /**
     * JSON pointers of request body members that recordings should not be compared on (volatile
     * values: {@code /metadata/run_id}, {@code /prompt_cache_key}...).
     *
     * @param pointers RFC 6901 pointers
     * @return this builder
     */
    public Builder ignoreJsonPointers(String... pointers) {
      this.ignoredPointers = Set.of(pointers);
      return this;
    }

    /**
     * Replays a cassette from the start.
     *
     * @param cassette the cassette
     * @return this builder
     */
    public Builder cassette(Cassette cassette) {
      cassettes.add(Objects.requireNonNull(cassette, "cassette"));
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer <key>} on every request, answering 401 as the API
     * does otherwise. By default any or no key is accepted.
     *
     * @param key the expected key
     * @return this builder
     */
    public Builder requireApiKey(String key) {
      this.apiKey = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * The largest request body accepted; larger ones get a 413 (default 32 MiB).
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Keeps only the newest requests in the journal ({@link FakeResponsesServer#requests()},
     * {@link FakeResponsesServer#takeRequest()}), so a long-running server does not grow
     * without bound; by default every request is kept, as tests expect.
     * {@link FakeResponsesServer#requestCount()} still counts all.
     *
     * @param requests how many to keep; 0 keeps all
     * @return this builder
     */
    public Builder journalLimit(int requests) {
      if (requests < 0) {
        throw new IllegalArgumentException("limit must not be negative: " + requests);
      }
      this.journalLimit = requests;
      return this;
    }

    /**
     * The clock for {@code created_at} and {@code completed_at}; fix it for stable output.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Records a cassette from a real server: requests the cassette does not answer (which ones
     * depends on the {@linkplain Recording#effectiveMode() mode}) are forwarded to the upstream,
     * answered live, and written to the cassette folder. In modes that replay, the folder's
     * interactions are loaded as a cassette.
     *
     * @param recording where and how to record
     * @return this builder
     */
    public Builder recording(Recording recording) {
      this.recording = Objects.requireNonNull(recording, "recording");
      return this;
    }

    /**
     * Is told, in one line each, what the recording server records or refuses, as it happens:
     * the standalone {@code record} command prints these.
     *
     * @param listener the listener; called from the server's threads
     * @return this builder
     */
    public Builder onRecorded(Consumer<String> listener) {
      this.recordingListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Whether requests the server answers itself are checked as the real API checks them (on by
     * default): unknown or mistyped parameters, out-of-range numbers, unknown item, part and
     * tool types, outputs for calls that were never made... each answered with the API's 400.
     * Recorded and scripted error replies are sent as they are either way.
     *
     * @param validate false to answer requests the real API would refuse
     * @return this builder
     */
    public Builder validateRequests(boolean validate) {
      this.validateRequests = validate;
      return this;
    }

    /**
     * The model names the server knows: a create request for any other model gets the API's
     * {@code model_not_found} error. By default (an empty set) every model is accepted.
     *
     * @param models the model names
     * @return this builder
     */
    public Builder knownModels(Collection<String> models) {
      this.knownModels = Set.copyOf(models);
      return this;
    }

    /**
     * Is told of every request once it is answered ({@link RecordedRequest#status()} and
     * {@link RecordedRequest#answeredBy()} then say how): the standalone {@code serve --log}
     * prints these. Requests to the admin API are not reported.
     *
     * @param listener the listener; called from the server's threads
     * @return this builder
     */
    public Builder onAnswered(Consumer<RecordedRequest> listener) {
      this.onAnswered = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Whether {@code GET /__admin/} serves the inspector, a page that shows in a browser what the
     * server received and answered (on by default; {@link FakeResponsesServer#inspectorUri()}
     * says where). Off, that path answers the admin API's JSON index to browsers too, and the
     * page's files are not served. The admin API itself stays on either way.
     *
     * @param enabled false to serve no page
     * @return this builder
     */
    public Builder inspector(boolean enabled) {
      this.inspector = enabled;
      return this;
    }

    /**
     * Starts the server.
     *
     * @return the running server
     * @throws UncheckedIOException when the port cannot be bound
     */
    public FakeResponsesServer start() {
      try {
        return new FakeResponsesServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the fake server on " + address + ":" + port,
            e);
      }
    }
  }
}
