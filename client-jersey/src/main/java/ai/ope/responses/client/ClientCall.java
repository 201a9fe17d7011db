package ai.ope.responses.client;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One logical call of a {@link ResponsesClient}, as its {@link ResponsesClientListener}s see it:
 * the same instance is passed to every event of the call, over all its attempts and, for a
 * stream, until the stream ends, so a listener may use it as a key for its own state (it has
 * identity equality). It carries no credentials.
 */
public final class ClientCall {

  /** What a call does; each public method of {@link ResponsesClient} is one of these. */
  public enum Operation {
    /** {@code POST /responses}, answered with one JSON response. */
    CREATE,
    /** {@code POST /responses} with {@code stream: true}, answered with events. */
    STREAM,
    /** {@code GET /responses/{id}?stream=true}: the events of a background response again. */
    RESUME_STREAM,
    /** {@code GET /responses/{id}}. */
    RETRIEVE,
    /** {@code DELETE /responses/{id}}. */
    DELETE,
    /** {@code POST /responses/{id}/cancel}. */
    CANCEL,
    /** {@code GET /responses/{id}/input_items}. */
    LIST_INPUT_ITEMS,
    /** {@code POST /responses/input_tokens}. */
    COUNT_INPUT_TOKENS,
    /**
     * A {@code response.create} event on a WebSocket connection
     * ({@link ResponsesConnection#send(ai.ope.responses.api.CreateResponseRequest)}), answered
     * with events.
     */
    SOCKET_CREATE,
    /**
     * A {@code response.create} event with {@code generate: false} on a WebSocket connection
     * ({@link ResponsesConnection#warmUp(ai.ope.responses.api.CreateResponseRequest)}), answered
     * with events that generate nothing.
     */
    SOCKET_WARM_UP;

    /**
     * Whether the call is answered with an event stream.
     *
     * @return true for {@link #STREAM}, {@link #RESUME_STREAM}, {@link #SOCKET_CREATE} and
     *     {@link #SOCKET_WARM_UP}
     */
    public boolean isStream() {
      return this == STREAM || this == RESUME_STREAM || isSocket();
    }

    /**
     * Whether the call is a message on a WebSocket connection rather than an HTTP request.
     *
     * @return true for {@link #SOCKET_CREATE} and {@link #SOCKET_WARM_UP}
     */
    public boolean isSocket() {
      return this == SOCKET_CREATE || this == SOCKET_WARM_UP;
    }
  }

  /** The {@link #method()} of the calls on a WebSocket connection. */
  public static final String WEBSOCKET = "WEBSOCKET";

  private final Operation operation;
  private final String method;
  private final URI endpoint;
  private final Object request;

  ClientCall(Operation operation, String method, URI endpoint, Object request) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.method = Objects.requireNonNull(method, "method");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.request = request;
  }

  /**
   * What the call does.
   *
   * @return the operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * The HTTP method; for a call on a WebSocket connection, which is a message on a socket already
   * open rather than an HTTP request, the pseudo-method {@value #WEBSOCKET}.
   *
   * @return {@code GET}, {@code POST} or {@code DELETE}; {@value #WEBSOCKET} when
   *     {@link Operation#isSocket()}
   */
  public String method() {
    return method;
  }

  /**
   * Where the call is sent: the base URL and the path, without the query; for a call on a
   * WebSocket connection, the socket's {@code ws}/{@code wss} URI ({@code …/responses}).
   *
   * @return the URI
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * The typed request the call sends: a {@code CreateResponseRequest} for {@link Operation#CREATE},
   * {@link Operation#STREAM} and the socket operations (as the caller gave it: without the
   * {@code stream_id} lane or the warm-up's {@code generate: false}), an {@code InputTokensRequest} for
   * {@link Operation#COUNT_INPUT_TOKENS}; empty for the others.
   *
   * @return the request, if the call has one
   */
  public Optional<Object> request() {
    return Optional.ofNullable(request);
  }

  @Override
  public String toString() {
    return "ClientCall[" + operation + " " + method + " " + endpoint.getRawPath() + "]";
  }
}
