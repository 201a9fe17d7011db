package ai.ope.responses.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;

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
  private ExecutorService executor;
  private UnaryOperator<String> lookup = ResponsesClientBuilder::systemThenEnvironment;

  ResponsesClientBuilder() {}

  /**
   * The API key, sent as {@code Authorization: Bearer <key>}.
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
    return new JerseyResponsesClient(settings(), executor);
  }

  Settings settings() {
    String key = firstOf(apiKey, "OPEAI_API_KEY", "OPENAI_API_KEY");
    if (key == null) {
      throw new IllegalStateException("No API key configured: call apiKey(...), or set"
          + " OPEAI_API_KEY (or OPENAI_API_KEY) as an environment variable or system property.");
    }
    String url = firstOf(baseUrl, "OPEAI_BASE_URL", "OPENAI_BASE_URL");
    String source = baseUrl != null ? "baseUrl(...)" : url != null
        ? "OPEAI_BASE_URL/OPENAI_BASE_URL" : "the default";
    return new Settings(key,
        Settings.baseUri(url != null ? url : Settings.DEFAULT_BASE_URL, source),
        firstOf(organization, "OPEAI_ORG_ID", "OPENAI_ORG_ID"),
        firstOf(project, "OPEAI_PROJECT_ID", "OPENAI_PROJECT_ID"),
        connectTimeout, readTimeout, timeout, maxRetries, streamIdleTimeout,
        sseParser);
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
        + ", baseUrl=" + baseUrl + ", organization=" + organization + ", project=" + project
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", timeout="
        + timeout + ", maxRetries=" + maxRetries + ", streamIdleTimeout=" + streamIdleTimeout
        + ", sseParser=" + sseParser + "]";
  }
}
