package ai.ope.responses.client;

import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * Builds a {@link ResponsesClient}. Each setting not given comes from a system property, else an
 * environment variable of the same name:
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>names looked up, in order</th><th>default</th></tr>
 *   <tr><td>API key</td><td>{@code OPEAI_API_KEY}, {@code OPENAI_API_KEY}</td>
 *       <td>none: {@link #build()} fails</td></tr>
 *   <tr><td>base URL</td><td>{@code OPEAI_BASE_URL}, {@code OPENAI_BASE_URL}</td>
 *       <td>{@code https://api-platform.ope.ai/v1}</td></tr>
 *   <tr><td>organization</td><td>{@code OPEAI_ORG_ID}, {@code OPENAI_ORG_ID}</td>
 *       <td>none</td></tr>
 *   <tr><td>project</td><td>{@code OPEAI_PROJECT_ID}, {@code OPENAI_PROJECT_ID}</td>
 *       <td>none</td></tr>
 * </table>
 *
 * <p>Timeouts default to 30 s to connect, 10 min between bytes of an answer, and 10 min for a
 * whole call; calls are retried twice. Not thread-safe; {@link #toString()} masks the key.
 */
public final class ResponsesClientBuilder {

  private String apiKey;
  private String baseUrl;
  private String organization;
  private String project;
  private Duration connectTimeout = Duration.ofSeconds(30);
  private Duration readTimeout = Duration.ofMinutes(10);
  private Duration timeout = Duration.ofMinutes(10);
  private int maxRetries = 2;
  private Duration streamIdleTimeout = Duration.ofMinutes(5);
  private SseParser sseParser = SseParser.BUILT_IN;
  private HttpTransport httpTransport = HttpTransport.BUILT_IN;
  private Duration initialRetryDelay = RetryPolicy.INITIAL_DELAY;
  private ExecutorService executor;
  private final List<ResponsesClientListener> listeners = new ArrayList<>();
  /** An {@code io.opentelemetry.api.OpenTelemetry}, held untyped: the API is optional. */
  private Object openTelemetry;
  private Boolean telemetryEnabled;
  private Boolean captureContent;
  private UnaryOperator<String> lookup = ResponsesClientBuilder::systemThenEnvironment;
  private String configuredKeyName;
  private boolean httpTransportChosen;
  private ProxySettings proxy;
  private String proxyUser;
  private String proxyPassword;
  private String nonProxyHosts;
  private SSLContext sslContext;
  private Path trustStore;
  private String trustStoreType = "PKCS12";
  private char[] trustStorePassword;
  private String trustStoreSetting = "trustStore(...)";
  private HttpClient.Version httpVersion;
  private HttpClient httpClient;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private final Map<String, String> defaultQueryParameters = new LinkedHashMap<>();
  private String authHeader = HttpHeaders.AUTHORIZATION;
  private AccessTokenSupplier tokenSupplier;

  ResponsesClientBuilder() {}

  /**
   * A builder with its settings taken from configuration, for applications configured the
   * Jakarta EE way (the CDI integration uses it): MicroProfile Config when the application has
   * it, else system properties and environment variables, under these keys:
   *
   * <table>
   *   <caption>Configuration keys</caption>
   *   <tr><th>key</th><th>setting</th></tr>
   *   <tr><td>{@code opeai.responses.api-key}</td><td>{@link #apiKey(String)}</td></tr>
   *   <tr><td>{@code opeai.responses.base-url}</td><td>{@link #baseUrl(String)}</td></tr>
   *   <tr><td>{@code opeai.responses.organization}</td><td>{@link #organization(String)}</td></tr>
   *   <tr><td>{@code opeai.responses.project}</td><td>{@link #project(String)}</td></tr>
   *   <tr><td>{@code opeai.responses.connect-timeout}</td>
   *       <td>{@link #connectTimeout(Duration)}</td></tr>
   *   <tr><td>{@code opeai.responses.read-timeout}</td><td>{@link #readTimeout(Duration)}</td></tr>
   *   <tr><td>{@code opeai.responses.timeout}</td><td>{@link #timeout(Duration)}</td></tr>
   *   <tr><td>{@code opeai.responses.idle-timeout}</td>
   *       <td>{@link #streamIdleTimeout(Duration)}</td></tr>
   *   <tr><td>{@code opeai.responses.max-retries}</td><td>{@link #maxRetries(int)}</td></tr>
   *   <tr><td>{@code opeai.responses.http-transport}</td>
   *       <td>{@link #httpTransport(HttpTransport)}: {@code built-in} or
   *       {@code jdk-http-client}</td></tr>
   *   <tr><td>{@code opeai.responses.proxy}</td><td>{@link #proxy(URI)}: {@code http://host:port}
   *       or {@code host:port}</td></tr>
   *   <tr><td>{@code opeai.responses.proxy-user}, {@code opeai.responses.proxy-password}</td>
   *       <td>{@link #proxyCredentials(String, String)}</td></tr>
   *   <tr><td>{@code opeai.responses.non-proxy-hosts}</td><td>{@link #nonProxyHosts(String)}:
   *       {@code localhost|*.internal}</td></tr>
   *   <tr><td>{@code opeai.responses.trust-store}, {@code opeai.responses.trust-store-type},
   *       {@code opeai.responses.trust-store-password}</td>
   *       <td>{@link #trustStore(Path, String, char[])}: a file path, {@code PKCS12} (default) or
   *       {@code JKS}, the password</td></tr>
   *   <tr><td>{@code opeai.responses.http-version}</td><td>{@link #httpVersion}:
   *       {@code HTTP/1.1} or {@code HTTP/2} (also {@code HTTP_1_1}, {@code HTTP_2})</td></tr>
   *   <tr><td>{@code opeai.responses.default-headers}</td>
   *       <td>{@link #defaultHeader(String, String)}: {@code Name=value,Name2=value2}</td></tr>
   *   <tr><td>{@code opeai.responses.default-query-parameters}</td>
   *       <td>{@link #defaultQueryParameter(String, String)}: {@code name=value,name2=value2}</td>
   *       </tr>
   *   <tr><td>{@code opeai.responses.auth-header}</td><td>{@link #apiKeyHeader(String)}, e.g.
   *       {@code api-key}; {@code Authorization} (the default) sends {@code Bearer <key>}</td></tr>
   * </table>
   *
   * <p>A named client reads {@code opeai.responses."name".<key>} (or
   * {@code opeai.responses.name.<key>}) first and falls back to the unnamed key. Durations are
   * written {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or in ISO-8601 ({@code PT30S}).
   * In the lists of default headers and query parameters a comma or backslash inside a value is
   * written {@code \,} or {@code \\}; the whole list fits one environment variable
   * ({@code OPEAI_RESPONSES_DEFAULT_HEADERS="X-Team=search,X-Env=prod"}).
   * What configuration does not give still comes from the environment as for
   * {@link ResponsesClient#builder()} ({@code OPEAI_API_KEY}...). Settings made on the builder
   * afterwards win.
   *
   * @param clientName the client's name; null or empty for the default client
   * @return the builder
   * @throws IllegalArgumentException when a configured value is invalid, naming its key
   */
  public static ResponsesClientBuilder fromConfig(String clientName) {
    return fromConfig(ExternalConfig.of(clientName));
  }

  /**
   * The names of the clients that configuration has keys for ({@code opeai.responses."name".*}
   * or {@code opeai.responses.name.*}), from MicroProfile Config when present, else from system
   * properties.
   *
   * @return the names, sorted; empty when there are none
   */
  public static java.util.Set<String> configuredClientNames() {
    return ExternalConfig.configuredClientNames();
  }

  static ResponsesClientBuilder fromConfig(ExternalConfig config) {
    ResponsesClientBuilder builder = new ResponsesClientBuilder();
    builder.configuredKeyName = config.key("api-key");
    config.text("api-key").ifPresent(builder::apiKey);
    config.text("base-url").ifPresent(builder::baseUrl);
    config.text("organization").ifPresent(builder::organization);
    config.text("project").ifPresent(builder::project);
    config.duration("connect-timeout").ifPresent(builder::connectTimeout);
    config.duration("read-timeout").ifPresent(builder::readTimeout);
    config.duration("timeout").ifPresent(builder::timeout);
    config.duration("idle-timeout").ifPresent(builder::streamIdleTimeout);
    config.integer("max-retries").ifPresent(builder::maxRetries);
    config.text(Telemetry.ENABLED_KEY).map(value -> Telemetry.parse(
        config.key(Telemetry.ENABLED_KEY), value)).ifPresent(builder::telemetryEnabled);
    config.text(Telemetry.CAPTURE_CONTENT_KEY).map(value -> Telemetry.parse(
        config.key(Telemetry.CAPTURE_CONTENT_KEY), value)).ifPresent(builder::captureContent);
    config.text("http-transport").map(value -> transport(config.key("http-transport"), value))
        .ifPresent(builder::httpTransport);
    NetworkConfig.apply(config, builder);
    if (builder.baseUrl != null) {
      // checked now, so that the error names the key rather than the builder method
      Settings.baseUri(builder.baseUrl, config.key("base-url"), builder.apiKey);
    }
    return builder;
  }

  /**
   * The API key, sent as {@code Authorization: Bearer <key>} (or in the
   * {@link #apiKeyHeader(String)}).
   *
   * @param apiKey the key
   * @return this builder
   */
  public ResponsesClientBuilder apiKey(String apiKey) {
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
    return this;
  }

  /**
   * The API's base URL, e.g. {@code https://api-platform.ope.ai/v1} or a compatible server's.
   *
   * @param baseUrl the URL, with or without a trailing slash
   * @return this builder
   */
  public ResponsesClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    return this;
  }

  /**
   * The organization to bill, sent as {@code OpenAI-Organization}.
   *
   * @param organization the organization id
   * @return this builder
   */
  public ResponsesClientBuilder organization(String organization) {
    this.organization = Objects.requireNonNull(organization, "organization");
    return this;
  }

  /**
   * The project to bill, sent as {@code OpenAI-Project}.
   *
   * @param project the project id
   * @return this builder
   */
  public ResponsesClientBuilder project(String project) {
    this.project = Objects.requireNonNull(project, "project");
    return this;
  }

  /**
   * The longest to wait for a connection.
   *
   * @param connectTimeout a positive duration
   * @return this builder
   */
  public ResponsesClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = Settings.positive(connectTimeout, "connectTimeout");
    return this;
  }

  /**
   * The longest to wait for the next byte of an answer (reasoning models may think for minutes
   * before the first one).
   *
   * @param readTimeout a positive duration
   * @return this builder
   */
  public ResponsesClientBuilder readTimeout(Duration readTimeout) {
    this.readTimeout = Settings.positive(readTimeout, "readTimeout");
    return this;
  }

  /**
   * The longest a whole call may take, retries included.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public ResponsesClientBuilder timeout(Duration timeout) {
    this.timeout = Settings.positive(timeout, "timeout");
    return this;
  }

  /**
   * How many times a failed attempt is retried (default 2).
   *
   * @param maxRetries 0 or more
   * @return this builder
   */
  public ResponsesClientBuilder maxRetries(int maxRetries) {
    this.maxRetries = Settings.notNegative(maxRetries, "maxRetries");
    return this;
  }

  /**
   * The longest an event stream may stay silent (no event, no keep-alive comment) before it is
   * given up with a {@link StreamInterruptedException}; default 5 minutes. A stream that keeps
   * producing is never cut by the whole-call {@linkplain #timeout(Duration) timeout}, which
   * bounds a stream only until its first event. {@link RequestOptions#readTimeout()} overrides
   * it per stream.
   *
   * @param streamIdleTimeout a positive duration
   * @return this builder
   */
  public ResponsesClientBuilder streamIdleTimeout(Duration streamIdleTimeout) {
    this.streamIdleTimeout = Settings.positive(streamIdleTimeout, "streamIdleTimeout");
    return this;
  }

  /**
   * Which parser reads event streams; default {@link SseParser#BUILT_IN}.
   *
   * @param sseParser the parser
   * @return this builder
   */
  public ResponsesClientBuilder sseParser(SseParser sseParser) {
    this.sseParser = Objects.requireNonNull(sseParser, "sseParser");
    return this;
  }

  /**
   * Which HTTP stack carries the requests; default {@link HttpTransport#BUILT_IN}.
   *
   * @param httpTransport the stack
   * @return this builder
   */
  public ResponsesClientBuilder httpTransport(HttpTransport httpTransport) {
    this.httpTransport = Objects.requireNonNull(httpTransport, "httpTransport");
    this.httpTransportChosen = true;
    return this;
  }

  /**
   * Sends every request through this HTTP proxy, in place of the JVM's default
   * {@code ProxySelector}: plain {@code http} requests in absolute form, {@code https} ones
   * through a {@code CONNECT} tunnel, on both transports. Hosts named by
   * {@link #nonProxyHosts(String)} are reached directly.
   *
   * @param proxy {@code http://host:port}
   * @return this builder
   * @throws IllegalArgumentException for another scheme, a missing port, or credentials, a path
   *     or a query in the URI
   */
  public ResponsesClientBuilder proxy(URI proxy) {
    this.proxy = ProxySettings.of(Objects.requireNonNull(proxy, "proxy"), "proxy(URI)");
    return this;
  }

  /**
   * The user and password the {@linkplain #proxy(URI) proxy} wants, sent with Basic
   * authentication ({@code Proxy-Authorization}) on every request or tunnel. The password never
   * appears in a message, a log or {@link #toString()}; a proxy that refuses them fails the call
   * with a {@link ProxyAuthenticationException}, not retried.
   *
   * @param user the user name
   * @param password the password
   * @return this builder
   */
  public ResponsesClientBuilder proxyCredentials(String user, String password) {
    this.proxyUser = Objects.requireNonNull(user, "user");
    this.proxyPassword = Objects.requireNonNull(password, "password");
    return this;
  }

  /**
   * The hosts reached without the {@linkplain #proxy(URI) proxy}, in the JDK's
   * {@code http.nonProxyHosts} syntax: names separated by {@code |}, each possibly starting or
   * ending with {@code *} ({@code localhost|127.0.0.1|*.internal}); matched without regard to
   * case against the host of the URL.
   *
   * @param hosts the host patterns
   * @return this builder
   */
  public ResponsesClientBuilder nonProxyHosts(String hosts) {
    this.nonProxyHosts = Objects.requireNonNull(hosts, "hosts");
    return this;
  }

  /**
   * The TLS context of every connection (both transports): for a gateway whose certificate the
   * JVM's default trust store does not hold. Not together with
   * {@link #trustStore(Path, String, char[])}.
   *
   * @param sslContext an initialized context
   * @return this builder
   */
  public ResponsesClientBuilder sslContext(SSLContext sslContext) {
    this.sslContext = Objects.requireNonNull(sslContext, "sslContext");
    return this;
  }

  /**
   * Trusts the certificates of this store, and only them, for TLS (a self-signed gateway, a
   * corporate CA). The store is read by {@link #build()}; a missing file, an unknown type or a
   * wrong password is an {@link IllegalArgumentException} naming the setting, never the password.
   * The password is copied, and the copy cleared once the store is read.
   *
   * @param path the store file
   * @param type the store type, {@code PKCS12} when null, or {@code JKS}
   * @param password the store's password, or null for a store without one
   * @return this builder
   */
  public ResponsesClientBuilder trustStore(Path path, String type, char[] password) {
    this.trustStore = Objects.requireNonNull(path, "path");
    this.trustStoreType = type == null || type.isBlank() ? "PKCS12" : type.strip();
    this.trustStorePassword = password == null ? null : password.clone();
    this.trustStoreSetting = "trustStore(...)";
    return this;
  }

  /**
   * The HTTP version to speak. {@link HttpClient.Version#HTTP_1_1} works on both transports
   * (and keeps the JDK client to it). {@link HttpClient.Version#HTTP_2} needs the JDK client (the
   * built-in transport speaks HTTP/1.1 only): without an explicit
   * {@link #httpTransport(HttpTransport)} the client then uses
   * {@link HttpTransport#JDK_HTTP_CLIENT}, and with {@link HttpTransport#BUILT_IN} chosen
   * {@link #build()} fails. HTTP/2 is negotiated over TLS; plain {@code http} stays HTTP/1.1.
   * By default the JDK client offers HTTP/2 over TLS and the built-in one speaks HTTP/1.1.
   *
   * @param version the version
   * @return this builder
   */
  public ResponsesClientBuilder httpVersion(HttpClient.Version version) {
    this.httpVersion = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * Sends requests with the application's own JDK {@link HttpClient}, as it is configured (its
   * proxy, TLS, authenticator, executor, version): implies {@link HttpTransport#JDK_HTTP_CLIENT}.
   * The client is not closed by this library. The read, stream idle and whole-call timeouts still
   * apply per request; the connect timeout is the supplied client's own. A proxy, TLS setting or
   * HTTP version set here as well, or {@link HttpTransport#BUILT_IN}, fails {@link #build()}:
   * configure them on the supplied client.
   *
   * @param httpClient the client
   * @return this builder
   */
  public ResponsesClientBuilder httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return this;
  }

  /**
   * A header sent on every call (a gateway's subscription or routing header), unless the call
   * sets the same header with {@link RequestOptions}. Values of credential-like headers
   * ({@code *-key}, {@code *token}, {@code *secret*}...) are hidden from listeners and logs.
   *
   * @param name the header's name
   * @param value the value
   * @return this builder
   */
  public ResponsesClientBuilder defaultHeader(String name, String value) {
    defaultHeaders.put(NetworkConfig.headerName(Objects.requireNonNull(name, "name"),
        "defaultHeader"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * A query parameter sent on every call (a gateway's {@code api-version}), unless the call sets
   * the same parameter with {@link RequestOptions}.
   *
   * @param name the parameter's name
   * @param value the value
   * @return this builder
   */
  public ResponsesClientBuilder defaultQueryParameter(String name, String value) {
    defaultQueryParameters.put(Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Sends the key (or supplied token) in this header, as it is, in place of
   * {@code Authorization: Bearer <key>}: {@code apiKeyHeader("api-key")} for Azure-style
   * gateways sends {@code api-key: <key>} and no {@code Authorization}. The name
   * {@code Authorization} restores the default.
   *
   * @param header the header's name
   * @return this builder
   * @throws IllegalArgumentException when the name is blank or not a valid header name
   */
  public ResponsesClientBuilder apiKeyHeader(String header) {
    this.authHeader = NetworkConfig.headerName(Objects.requireNonNull(header, "header"),
        "apiKeyHeader");
    return this;
  }

  /**
   * Authenticates with tokens from this supplier, asked on every attempt of every call (a retry
   * gets a fresh one): for rotating tokens (Azure AD, a gateway's). No API key is needed then;
   * one set as well is not sent. The token goes where the key would ({@code Authorization: Bearer
   * <token>}, or the {@link #apiKeyHeader(String)}) and is never logged. A supplier that throws,
   * or returns null or a blank token, fails the call with an {@link AccessTokenException},
   * without sending it or retrying. A 401 is not retried either: the next call asks again.
   *
   * @param supplier the supplier
   * @return this builder
   */
  public ResponsesClientBuilder bearerTokenSupplier(AccessTokenSupplier supplier) {
    this.tokenSupplier = Objects.requireNonNull(supplier, "supplier");
    return this;
  }

  /** The trust store from configuration: the password given as read, named by its key. */
  void configuredTrustStore(Path path, String type, char[] password, String key) {
    trustStore(path, type, password);
    this.trustStoreSetting = key;
  }

  /** The proxy from configuration, already parsed against its key. */
  void configuredProxy(ProxySettings proxy) {
    this.proxy = proxy;
  }

  /** A configured transport: {@code built-in} or {@code jdk-http-client}, any case. */
  private static HttpTransport transport(String key, String value) {
    for (HttpTransport transport : HttpTransport.values()) {
      if (transport.name().replace('_', '-').equalsIgnoreCase(value.replace('_', '-'))) {
        return transport;
      }
    }
    throw new IllegalArgumentException("Invalid " + key + ": \"" + value
        + "\" is not built-in or jdk-http-client");
  }

  /**
   * Where asynchronous calls run. By default the client owns a pool (virtual threads where the
   * JVM has them) and shuts it down on close; an executor given here is left running.
   *
   * @param executor the executor
   * @return this builder
   */
  public ResponsesClientBuilder executor(ExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return this;
  }

  /**
   * Adds a listener told of every call, attempt, retry and stream event of the client (see
   * {@link ResponsesClientListener}). Several may be added; each is told in the order added, and
   * one that throws affects neither the call nor the others.
   *
   * @param listener the listener
   * @return this builder
   * @throws NullPointerException when {@code listener} is null
   */
  public ResponsesClientBuilder listener(ResponsesClientListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * The OpenTelemetry the client traces and measures its calls with (see
   * {@link ResponsesClientListener}, on which it is built): one CLIENT span per call named after
   * the GenAI semantic conventions of semantic-conventions v1.41.0 ({@code chat gpt-5.4-mini} for
   * a create or a stream), the histograms {@code gen_ai.client.operation.duration},
   * {@code gen_ai.client.token.usage} and, for streams, the time to the first and between the
   * chunks, and the trace context injected into each request through its propagators. Without this
   * setting the client uses {@code GlobalOpenTelemetry} when the OpenTelemetry API (an optional
   * dependency) is on the class path. Configuration key {@code opeai.responses.telemetry.enabled}
   * (or {@link #telemetryEnabled(boolean)}) {@code false} switches it off.
   *
   * @param openTelemetry the OpenTelemetry
   * @return this builder
   * @throws NullPointerException when {@code openTelemetry} is null
   */
  public ResponsesClientBuilder openTelemetry(io.opentelemetry.api.OpenTelemetry openTelemetry) {
    this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    return this;
  }

  /**
   * Whether the client traces and measures its calls with OpenTelemetry; by default it does when
   * the OpenTelemetry API is on the class path, unless {@code opeai.responses.telemetry.enabled}
   * (configuration or a system property) is {@code false}.
   *
   * @param enabled false to switch telemetry off
   * @return this builder
   */
  public ResponsesClientBuilder telemetryEnabled(boolean enabled) {
    this.telemetryEnabled = enabled;
    return this;
  }

  /**
   * Whether the spans record the messages ({@code gen_ai.input.messages},
   * {@code gen_ai.system_instructions}, {@code gen_ai.output.messages}): off by default, as the
   * conventions advise, since they may hold personal data; configuration key
   * {@code opeai.responses.telemetry.capture-content}. The API key is never recorded.
   *
   * @param capture true to record the messages
   * @return this builder
   */
  public ResponsesClientBuilder captureContent(boolean capture) {
    this.captureContent = capture;
    return this;
  }

  /**
   * The backoff's first pause, for tests that go through many retries: not public, as the
   * official SDKs' backoff is what a server under load expects from every client.
   */
  ResponsesClientBuilder initialRetryDelay(Duration delay) {
    this.initialRetryDelay = Settings.positive(delay, "initialRetryDelay");
    return this;
  }

  /** Replaces the system-property-then-environment lookup (tests). */
  ResponsesClientBuilder lookup(UnaryOperator<String> lookup) {
    this.lookup = lookup;
    return this;
  }

  /**
   * Builds the client.
   *
   * @return the client
   * @throws IllegalStateException when no API key is configured, naming where it is looked up
   * @throws IllegalArgumentException when the base URL is not an http(s) URL
   */
  public ResponsesClient build() {
    Settings settings = settings();
    List<ResponsesClientListener> all = new ArrayList<>();
    if (flag(telemetryEnabled, Telemetry.ENABLED_KEY, true)) {
      Telemetry.listener(openTelemetry, flag(captureContent, Telemetry.CAPTURE_CONTENT_KEY,
          false)).ifPresent(all::add);
    }
    all.addAll(listeners);
    return new JerseyResponsesClient(settings, executor, all);
  }

  /**
   * Checks the settings as {@link #build()} would, without building anything: to fail at an
   * application's start rather than at its first call.
   *
   * @return this builder
   * @throws IllegalStateException when no API key is configured
   * @throws IllegalArgumentException when the base URL is invalid
   */
  public ResponsesClientBuilder validate() {
    settings();
    return this;
  }

  /**
   * A plain JAX-RS {@code Client} for these settings, for code that prefers JAX-RS to
   * {@link ResponsesClient}: {@link ResponsesFeature} registered (authentication, JSON-B, logging),
   * the connect and read timeouts, on the same connector as {@link ResponsesClient}. Send requests
   * to the base URL ({@code client.target(baseUrl).path("responses")}); errors and retries are
   * the caller's. Close it when done.
   *
   * @return the client
   */
  public jakarta.ws.rs.client.Client buildJaxRsClient() {
    return JerseyResponsesClient.jaxRsClient(settings());
  }

  Settings settings() {
    String key = firstOf(apiKey, "OPEAI_API_KEY", "OPENAI_API_KEY");
    if (key == null && tokenSupplier != null) {
      key = "";
    }
    if (key == null) {
      throw new IllegalStateException("No API key configured: "
          + (configuredKeyName == null ? "call apiKey(...), or set"
              : "set " + configuredKeyName + " (MicroProfile Config or a system property), or")
          + " OPEAI_API_KEY (or OPENAI_API_KEY) as an environment variable or system property,"
          + " or give a bearerTokenSupplier(...).");
    }
    String url = firstOf(baseUrl, "OPEAI_BASE_URL", "OPENAI_BASE_URL");
    String source = baseUrl != null ? "baseUrl(...)" : url != null
        ? "OPEAI_BASE_URL/OPENAI_BASE_URL" : "the default";
    return new Settings(key,
        Settings.baseUri(url != null ? url : Settings.DEFAULT_BASE_URL, source, key),
        firstOf(organization, "OPEAI_ORG_ID", "OPENAI_ORG_ID"),
        firstOf(project, "OPEAI_PROJECT_ID", "OPENAI_PROJECT_ID"),
        connectTimeout, readTimeout, timeout, maxRetries, streamIdleTimeout,
        sseParser, initialRetryDelay, transport(), new Authentication(authHeader,
            tokenSupplier != null ? null : key, tokenSupplier),
        new DefaultParameters(defaultHeaders, defaultQueryParameters), network());
  }

  /** The transport: HTTP/2 or a supplied JDK client need the JDK one. */
  private HttpTransport transport() {
    boolean needsJdk = httpClient != null || httpVersion == HttpClient.Version.HTTP_2;
    if (needsJdk && httpTransportChosen && httpTransport == HttpTransport.BUILT_IN) {
      throw new IllegalStateException("The BUILT_IN transport speaks HTTP/1.1 only and cannot"
          + " use a supplied HttpClient: " + (httpClient != null ? "httpClient(...)"
              : "httpVersion(HTTP_2)") + " needs httpTransport(JDK_HTTP_CLIENT)"
          + " (http-transport=jdk-http-client), or leave the transport unset");
    }
    return needsJdk ? HttpTransport.JDK_HTTP_CLIENT : httpTransport;
  }

  private Network network() {
    if (sslContext != null && trustStore != null) {
      throw new IllegalStateException("Both sslContext(...) and a trust store are set: give"
          + " one (the SSLContext holds its trust managers)");
    }
    ProxySettings resolved = resolvedProxy();
    if (proxy == null && proxyUser != null) {
      throw new IllegalStateException("Proxy credentials are set without a proxy: set"
          + " proxy(...) (opeai.responses.proxy) too");
    }
    if (httpClient != null && (proxy != null || sslContext != null || trustStore != null
        || httpVersion != null)) {
      throw new IllegalStateException("A supplied httpClient(...) is used as it is configured:"
          + " set its proxy, SSLContext and version on it, not here (set here:"
          + (proxy != null ? " proxy" : "") + (sslContext != null ? " sslContext" : "")
          + (trustStore != null ? " trustStore" : "") + (httpVersion != null ? " httpVersion" : "")
          + ")");
    }
    SSLContext tls = trustStore == null ? sslContext : TrustStores.context(trustStore,
        trustStoreType, trustStorePassword == null ? null : trustStorePassword.clone(),
        trustStoreSetting);
    return new Network(resolved, tls, httpVersion, httpClient);
  }

  /** The proxy with the credentials and non-proxy hosts set apart from it; null without one. */
  private ProxySettings resolvedProxy() {
    return proxy == null ? null
        : proxy.withCredentials(proxyUser, proxyPassword).withNonProxyHosts(nonProxyHosts);
  }

  /** A boolean setting: the builder's, else the system property or environment variable. */
  private boolean flag(Boolean given, String setting, boolean otherwise) {
    if (given != null) {
      return given;
    }
    String key = "opeai.responses." + setting;
    String value = firstOf(null, key);
    return value == null ? otherwise : Telemetry.parse(key, value);
  }

  private String firstOf(String given, String... names) {
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    for (String name : names) {
      String value = lookup.apply(name);
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static String systemThenEnvironment(String name) {
    String property = System.getProperty(name);
    return property != null ? property : System.getenv(name);
  }

  @Override
  public String toString() {
    return "ResponsesClientBuilder[apiKey=" + (apiKey == null ? "(from environment)" : "***")
        + ", baseUrl=" + Secrets.mask(baseUrl, apiKey) + ", organization=" + organization
        + ", project=" + project + ", connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", streamIdleTimeout=" + streamIdleTimeout + ", sseParser=" + sseParser
        + ", httpTransport=" + httpTransport + ", listeners=" + listeners.size()
        + ", proxy=" + resolvedProxy() + ", sslContext=" + (sslContext != null ? "set"
            : trustStore != null ? "trust store " + trustStore : "default")
        + ", httpVersion=" + httpVersion + ", httpClient=" + (httpClient != null ? "supplied"
            : "own") + ", authHeader=" + authHeader + ", tokenSupplier=" + (tokenSupplier != null)
        + ", defaultHeaders=" + defaultHeaders.keySet() + ", defaultQueryParameters="
        + defaultQueryParameters.keySet() + "]";
  }
}
