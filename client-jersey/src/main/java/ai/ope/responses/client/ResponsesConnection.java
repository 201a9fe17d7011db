package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A WebSocket connection to the Responses API ({@code wss://…/responses}): each
 * {@link #send(CreateResponseRequest) send} is a {@code response.create} on the same socket,
 * answered with the same events as {@link ResponsesClient#stream(CreateResponseRequest)}, read
 * through the same {@link ResponseStream} (accumulator, final response, exceptions, idle timeout,
 * {@code close()} from any thread).
 *
 * <pre>{@code
 * try (ResponsesConnection connection = client.connect()) {
 *   Response first = connection.send(request).finalResponse();
 *   Response second = connection.send(request.toBuilder()
 *       .previousResponseId(first.id()).input("And then?").build()).finalResponse();
 * }
 * }</pre>
 *
 * <p>Lanes: the server answers the requests of one {@code stream_id} in order, and those without
 * one as the default lane; each response's events are routed to it by lane, so responses of
 * different lanes may be read at the same time from different threads. An {@code error} event
 * sent for a response fails that response only: with the {@link ApiException} of its
 * {@code status} when it has one, else a {@link StreamErrorException}; the socket stays open.
 *
 * <p>When the socket drops, every response still waiting fails with a
 * {@link StreamInterruptedException} holding what arrived, and is never sent again; the next
 * {@code send} opens a new socket, with backoff ({@link ConnectOptions}). The credential is sent
 * on each upgrade request as on HTTP, and never appears in a message or {@link #toString()}.
 * Thread-safe.
 */
public final class ResponsesConnection implements AutoCloseable {

  private final SocketDialer dialer;
  private final ConnectOptions options;
  private final Duration idleTimeout;
  private final Duration sendTimeout;
  private final UnaryOperator<String> masker;
  private final Listeners none;
  /** Told once when the connection is closed: releases what the client opened for it. */
  private final java.util.function.Consumer<ResponsesConnection> onClose;
  private SocketLink link;
  private boolean closed;

  ResponsesConnection(SocketDialer dialer, Settings settings, ConnectOptions options,
      java.util.function.Consumer<ResponsesConnection> onClose) {
    this.dialer = dialer;
    this.onClose = onClose;
    this.options = options;
    this.idleTimeout = options.idleTimeout() != null ? options.idleTimeout()
        : settings.streamIdleTimeout();
    this.sendTimeout = settings.timeout();
    this.masker = text -> Secrets.mask(text, settings.apiKey());
    // the listeners' ClientCall names HTTP calls: socket responses are not told to them yet
    this.none = new Listeners(java.util.List.of(), settings.apiKey());
    this.link = dialer.dial(options.maxReconnects(), options.reconnectBackoff());
  }

  /**
   * Sends a request on the default lane and returns its events as they arrive.
   *
   * @param request the request; {@code stream} is implied, {@code background} is refused
   * @return the response's events; read or close it
   * @throws IllegalArgumentException for a background request
   * @throws IllegalStateException when the connection is closed
   * @throws ResponsesException when no socket could be opened or the request not written
   */
  public ResponseStream send(CreateResponseRequest request) {
    return send(request, null);
  }

  /**
   * Sends a request on a lane ({@code stream_id}): requests of one lane are answered in order,
   * different lanes at the same time.
   *
   * @param request the request; {@code stream} is implied, {@code background} is refused
   * @param streamId the lane, 1–256 characters among {@code A-Z a-z 0-9 _ . -}; null for the
   *     default lane
   * @return the response's events; read or close it
   * @throws IllegalArgumentException for a background request or a malformed lane
   * @throws IllegalStateException when the connection is closed
   * @throws ResponsesException when no socket could be opened or the request not written
   */
  public ResponseStream send(CreateResponseRequest request, String streamId) {
    Objects.requireNonNull(request, "request");
    return write(SocketRequests.create(request, streamId, null), streamId);
  }

  /**
   * Prepares the server for a request without generating anything ({@code generate: false}),
   * so that the next turn starts warm, and waits for its answer.
   *
   * @param request the request whose model, tools and instructions to prepare
   * @return the server's response to the warm-up
   * @throws ResponsesException as {@link #send(CreateResponseRequest)} and its stream do
   */
  public Response warmUp(CreateResponseRequest request) {
    Objects.requireNonNull(request, "request");
    try (ResponseStream events = write(SocketRequests.create(request, null, false), null)) {
      return events.finalResponse();
    }
  }

  private ResponseStream write(String event, String streamId) {
    SocketFrames frames = new SocketFrames(idleTimeout);
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("the connection is closed");
      }
      if (!link.isOpen()) {
        // a drop between responses: a new socket; nothing that was sent is sent again
        link = dialer.dial(options.maxReconnects(), options.reconnectBackoff());
      }
      link.lanes().add(streamId, frames);
      try {
        link.send(event, sendTimeout);
      } catch (IOException failed) {
        link.abort(failed);
        throw new ConnectionException(masker.apply(failed.getMessage()), null);
      }
    }
    StreamSession session = StreamSession.overSocket(frames, idleTimeout, masker,
        new StreamNotifier(none, null));
    return new ResponseStream(session, null);
  }

  /**
   * The socket's address.
   *
   * @return the {@code ws}/{@code wss} URI
   */
  public URI uri() {
    return dialer.uri();
  }

  /**
   * Closes the socket. Responses still being read fail at once with a
   * {@link StreamInterruptedException}, also when read in another thread. Idempotent.
   */
  @Override
  public void close() {
    SocketLink current;
    boolean first;
    synchronized (this) {
      first = !closed;
      closed = true;
      current = link;
    }
    current.abort(new IOException("the connection was closed"));
    if (first) {
      onClose.accept(this);
    }
  }

  @Override
  public synchronized String toString() {
    return "ResponsesConnection[" + masker.apply(dialer.uri().toString())
        + (closed ? ", closed" : link.isOpen() ? ", open" : ", to reconnect") + "]";
  }
}
