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
 *
 * <p>The client's {@link ResponsesClientListener}s (and so its OpenTelemetry spans and metrics)
 * see each {@code send} and {@code warmUp} as one call, its events and its end as a stream's
 * (see the listener's order of events for sockets); the trace context is not sent, as a socket's
 * messages have no headers of their own.
 */
public final class ResponsesConnection implements AutoCloseable {

  private final SocketDialer dialer;
  private final ConnectOptions options;
  private final Duration idleTimeout;
  private final Duration sendTimeout;
  private final UnaryOperator<String> masker;
  private final Listeners listeners;
  /** The socket's URI without its query, as the listeners see it. */
  private final URI endpoint;
  /** Told once when the connection is closed: releases what the client opened for it. */
  private final java.util.function.Consumer<ResponsesConnection> onClose;
  private SocketLink link;
  private boolean closed;

  ResponsesConnection(SocketDialer dialer, Settings settings, ConnectOptions options,
      Listeners listeners, java.util.function.Consumer<ResponsesConnection> onClose) {
    this.dialer = dialer;
    this.onClose = onClose;
    this.options = options;
    this.idleTimeout = options.idleTimeout() != null ? options.idleTimeout()
        : settings.streamIdleTimeout();
    this.sendTimeout = settings.timeout();
    this.masker = text -> Secrets.mask(text, settings.apiKey());
    this.listeners = listeners;
    URI uri = dialer.uri();
    this.endpoint = URI.create(uri.getScheme() + "://" + uri.getRawAuthority()
        + uri.getRawPath());
    // opening the connection is no call of the listeners: each request sent on it is
    this.link = dialer.dial(options.maxReconnects(), options.reconnectBackoff(),
        SocketDialer.Attempts.NONE);
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
    return write(request, streamId, null);
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
    try (ResponseStream events = write(request, null, false)) {
      return events.finalResponse();
    }
  }

  /**
   * Writes the request as one call of the listeners: told of its start, its attempts and its
   * end here, of its events and its end by the stream it returns.
   */
  private ResponseStream write(CreateResponseRequest request, String streamId,
      Boolean generate) {
    String event = SocketRequests.create(request, streamId, generate);
    if (isClosed()) {
      throw new IllegalStateException("the connection is closed");
    }
    SocketCall call = new SocketCall(listeners, new ClientCall(generate == null
        ? ClientCall.Operation.SOCKET_CREATE : ClientCall.Operation.SOCKET_WARM_UP,
        ClientCall.WEBSOCKET, endpoint, request));
    call.start();
    SocketFrames frames = new SocketFrames(idleTimeout);
    try {
      write(event, streamId, frames, call);
    } catch (RuntimeException notSent) {
      call.notSent(notSent);
      throw notSent;
    }
    StreamSession session = StreamSession.overSocket(frames, idleTimeout, masker,
        new StreamNotifier(listeners, call.call(), call));
    return new ResponseStream(session, null);
  }

  private synchronized void write(String event, String streamId, SocketFrames frames,
      SocketCall call) {
    if (closed) {
      throw new IllegalStateException("the connection is closed");
    }
    boolean open = link.isOpen();
    if (!open) {
      // a drop between responses: a new socket; nothing that was sent is sent again
      link = dialer.dial(options.maxReconnects(), options.reconnectBackoff(), call);
    }
    if (!link.lanes().add(streamId, frames)) {
      return; // answered already: the server refused the connection (its error event is read)
    }
    if (open) {
      call.sending(0);
    }
    try {
      link.send(event, sendTimeout);
    } catch (IOException failed) {
      link.abort(failed);
      if (frames.answered()) {
        // the server refused the connection (its error event came, then its close) while the
        // request was going out: the refusal is the answer, read from the stream
        return;
      }
      ConnectionException failure = new ConnectionException(masker.apply(failed.getMessage()),
          null);
      call.writeFailed(failure);
      throw failure;
    }
  }

  private synchronized boolean isClosed() {
    return closed;
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
