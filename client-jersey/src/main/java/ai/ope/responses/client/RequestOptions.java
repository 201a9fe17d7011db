package ai.ope.responses.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-request changes to the client's settings: timeouts, retries, extra headers and query
 * parameters. Unset options keep the client's values. Immutable.
 *
 * <pre>{@code
 * client.create(request, RequestOptions.builder().timeout(Duration.ofSeconds(30)).maxRetries(0)
 *     .header("OpenAI-Project", "proj_other").build());
 * }</pre>
 */
public final class RequestOptions {

  private static final RequestOptions NONE = builder().build();

  private final Duration timeout;
  private final Duration readTimeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, String> queryParameters;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.readTimeout = builder.readTimeout;
    this.maxRetries = builder.maxRetries;
    this.headers = Map.copyOf(builder.headers);
    this.queryParameters = Map.copyOf(builder.queryParameters);
  }

  /**
   * No changes: the client's settings apply.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder with nothing set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The whole-call timeout for this request.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * The read (idle) timeout for this request.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> readTimeout() {
    return Optional.ofNullable(readTimeout);
  }

  /**
   * The retries allowed for this request.
   *
   * @return the count, if set
   */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /**
   * Extra request headers.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Extra query parameters.
   *
   * @return the parameters
   */
  public Map<String, String> queryParameters() {
    return queryParameters;
  }

  @Override
  public String toString() {
    return "RequestOptions[timeout=" + timeout + ", readTimeout=" + readTimeout
        + ", maxRetries=" + maxRetries + ", headers=" + headers.keySet()
        + ", queryParameters=" + queryParameters.keySet() + "]";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {

    private Duration timeout;
    private Duration readTimeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The longest the whole call may take, retries included.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Settings.positive(timeout, "timeout");
      return this;
    }

    /**
     * The longest to wait for the next byte of the answer.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Settings.positive(readTimeout, "readTimeout");
      return this;
    }

    /**
     * How many times to retry a failed attempt.
     *
     * @param maxRetries 0 or more
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Settings.notNegative(maxRetries, "maxRetries");
      return this;
    }

    /**
     * Adds a request header; it replaces a header the client would send.
     *
     * @param name the header
     * @param value its value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a query parameter.
     *
     * @param name the parameter
     * @param value its value (encoded by the client)
     * @return this builder
     */
    public Builder queryParameter(String name, String value) {
      queryParameters.put(Objects.requireNonNull(name, "name"),
          Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
