package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.uri.UriComponent;

/**
 * Sends one call of the API: builds the request, applies the timeouts, retries what may succeed
 * when sent again, maps errors to exceptions, and hands a successful answer to a reader.
 */
final class Transport {

  /** What an endpoint sends. */
  record Call(String method, List<String> path, Map<String, List<String>> query, byte[] body,
      MediaType accept) {

    String describe() {
      return method + " /" + String.join("/", path);
    }
  }

  /** Reads a successful answer within the attempt, so a failure while reading is retried too. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Response response);
  }

  private final Settings settings;
  private final Listeners listeners;
  /**
   * Made once: every target made from the client copies its configuration and sets up its own
   * runtime on first use, a cost per call (measured ~15% of a small create).
   */
  private final WebTarget base;
  /**
   * Targets of one-segment paths ({@code responses}), made once: deriving a target costs Jersey
   * a copy and an eagerly formatted precondition message on every call. Paths with an id are
   * not kept (there would be no end to them).
   */
  private final Map<String, WebTarget> fixedTargets = new ConcurrentHashMap<>();
  private volatile boolean closed;

  Transport(Client client, Settings settings, Listeners listeners) {
    this.settings = settings;
    this.listeners = listeners;
    this.base = client.target(settings.baseUri());
  }

  /**
   * The property that bounds the wait for an answer's headers when it differs from the read
   * timeout (streams: the headers within the call's time, the body at the stream's pace).
   */
  static final String HEADERS_TIMEOUT = "ai.ope.responses.client.headersTimeout";

  /**
   * Sends the call and reads the whole answer; the answer is closed when the reader returns.
   * The listeners are told of each attempt and retry as the call of {@code listened}.
   */
  <T> T call(Call call, ClientCall listened, CallSettings limits, Reader<T> reader) {
    return send(call, listened, limits, reader, null);
  }

  /**
   * Sends the call and opens its answer for reading at the caller's pace: the reader's result
   * keeps the answer open (it is closed here only when reading fails). The whole-call timeout and
   * the retries cover the attempts until the reader returns; every later wait for bytes is
   * bounded by the call's stream idle timeout alone.
   */
  <T> T open(Call call, ClientCall listened, CallSettings limits, Reader<T> reader) {
    return send(call, listened, limits, reader, limits.streamIdleTimeout());
  }

  /** Refuses every later call with a clear error (Jersey's own would name its internals). */
  void close() {
    closed = true;
  }

  boolean isClosed() {
    return closed;
  }

  private <T> T send(Call call, ClientCall listened, CallSettings limits, Reader<T> reader,
      Duration idleTimeout) {
    if (closed) {
      throw new IllegalStateException(call.describe() + ": the ResponsesClient is closed");
    }
    long deadline = limits.deadline(System.nanoTime());
    for (int attempt = 0; ; attempt++) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new ResponsesTimeoutException(call.describe() + ": the call timeout of "
            + limits.timeout() + " elapsed after " + attempt + " attempt(s)", null);
      }
      ResponsesException failure;
      Map<String, List<String>> headers = Map.of();
      boolean retryable;
      try {
        int sent = attempt;
        listeners.tell("onAttemptSent", listener -> listener.onAttemptSent(listened, sent));
        Response response = invoke(call, listened, limits, attempt, remaining, idleTimeout);
        answered(listened, attempt, response);
        if (response.getStatus() < 400) {
          if (idleTimeout == null) {
            try (response) {
              return reader.read(response);
            }
          }
          try {
            return reader.read(response);
          } catch (RuntimeException failed) {
            response.close();
            throw failed;
          }
        }
        headers = ApiErrors.headers(response);
        failure = ApiErrors.from(response, settings.apiKey());
        retryable = RetryPolicy.retryable(response.getStatus(), headers);
      } catch (ProcessingException e) {
        failure = transportFailure(call, e, limits, idleTimeout);
        failed(listened, attempt, failure);
        retryable = failure instanceof ResponsesTimeoutException
            || failure instanceof ConnectionException
                && !(failure instanceof ProxyAuthenticationException);
      }
      if (!retryable || attempt >= limits.maxRetries()) {
        throw failure;
      }
      Duration pause = RetryPolicy.delay(attempt + 1, headers, settings.initialRetryDelay());
      if (pause.toNanos() >= deadline - System.nanoTime()) {
        throw failure;
      }
      retrying(listened, attempt + 1, failure, pause);
      String reason = failure.getMessage();
      LoggingFilter.LOG.log(System.Logger.Level.DEBUG, () -> call.describe() + " failed ("
          + reason + "); retrying in " + pause.toMillis() + " ms");
      sleep(pause);
    }
  }

  private void answered(ClientCall listened, int attempt, Response response) {
    if (!listeners.isEmpty()) {
      int status = response.getStatus();
      Map<String, List<String>> headers = Listeners.visible(ApiErrors.headers(response));
      listeners.tell("onAttemptAnswered",
          listener -> listener.onAttemptAnswered(listened, attempt, status, headers));
    }
  }

  private void failed(ClientCall listened, int attempt, ResponsesException failure) {
    listeners.tell("onAttemptFailed",
        listener -> listener.onAttemptFailed(listened, attempt, failure));
  }

  private void retrying(ClientCall listened, int retry, ResponsesException reason,
      Duration pause) {
    listeners.tell("onRetry", listener -> listener.onRetry(listened, retry, reason, pause));
  }

  private Response invoke(Call call, ClientCall listened, CallSettings limits, int attempt,
      long remainingNanos, Duration idleTimeout) {
    // One derived target for the whole path: each target operation costs Jersey a copy and
    // its precondition messages. Segments are encoded here (an id is data, never a template).
    StringJoiner path = new StringJoiner("/");
    for (String segment : call.path()) {
      path.add(UriComponent.encode(segment, UriComponent.Type.PATH_SEGMENT));
    }
    WebTarget target = call.path().isEmpty() ? base : call.path().size() == 1
        ? fixedTargets.computeIfAbsent(path.toString(), base::path) : base.path(path.toString());
    for (Map.Entry<String, List<String>> parameter : call.query().entrySet()) {
      target = target.queryParam(parameter.getKey(), literal(parameter.getValue()));
    }
    for (Map.Entry<String, String> parameter : limits.queryParameters().entrySet()) {
      target = target.queryParam(parameter.getKey(), literal(List.of(parameter.getValue())));
    }
    Invocation.Builder request = target.request(call.accept())
        .property(ClientProperties.CONNECT_TIMEOUT,
            millis(limits.connectTimeout(), remainingNanos));
    if (idleTimeout == null) {
      request.property(ClientProperties.READ_TIMEOUT, millis(limits.readTimeout(), remainingNanos));
    } else {
      request.property(ClientProperties.READ_TIMEOUT, millis(idleTimeout, Long.MAX_VALUE))
          .property(HEADERS_TIMEOUT, millis(idleTimeout, remainingNanos));
    }
    limits.headers().forEach(request::header);
    listeners.addHeaders(listened, request::header);
    if (attempt > 0) {
      request.header("x-retry-count", attempt);
    }
    return call.body() == null
        ? request.method(call.method())
        : request.method(call.method(),
            Entity.entity(call.body(), MediaType.APPLICATION_JSON_TYPE));
  }

  /**
   * The exception for a failed attempt.
   *
   * @param idleTimeout the stream's idle timeout, which bounded the wait for its headers and
   *     first event; null for a call read whole, bounded by the read timeout
   */
  private ResponsesException transportFailure(Call call, ProcessingException e,
      CallSettings limits, Duration idleTimeout) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResponsesException own) {
        return own;
      }
      if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
        boolean connecting = cause instanceof HttpConnectTimeoutException
            || String.valueOf(cause.getMessage()).contains("connect");
        Duration wait = idleTimeout != null ? idleTimeout : limits.readTimeout();
        String waited = (idleTimeout != null ? "stream idle" : "read") + " timeout (" + wait
            + ") elapsed";
        // The JDK reports its wait for the headers as a connect timeout when it fires before
        // the connection is up: the shorter of the two limits is the one that elapsed.
        String which = !connecting ? waited
            : limits.connectTimeout().compareTo(wait) <= 0
                ? "connect timeout (" + limits.connectTimeout() + ") elapsed"
                : waited + " while connecting";
        return new ResponsesTimeoutException(call.describe() + ": " + which, e);
      }
      if (cause instanceof IOException io) {
        return new ConnectionException(call.describe() + ": "
            + ConnectionFailures.describe(io, settings.baseUri()) + " ("
            + Secrets.mask(io.toString(), settings.apiKey()) + ")", e);
      }
    }
    return new ResponsesException(call.describe() + ": " + Secrets.mask(e.getMessage(),
        settings.apiKey()), e);
  }

  /** Query values are literals: braces would otherwise be read as URI template variables. */
  private static Object[] literal(List<String> values) {
    return values.stream().map(value -> value.replace("{", "%7B").replace("}", "%7D")).toArray();
  }

  private static int millis(Duration limit, long remainingNanos) {
    long millis = Math.min(limit.toMillis(), Math.max(1, remainingNanos / 1_000_000));
    return (int) Math.min(Integer.MAX_VALUE, millis);
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ResponsesException("interrupted while waiting to retry", e);
    }
  }
}
