package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Watches every call of a {@link ResponsesClient}: registered with
 * {@link ResponsesClientBuilder#listener(ResponsesClientListener)}, for metrics, tracing or an
 * audit log. Every method does nothing by default; override those you need.
 *
 * <p>The events of one call, in order: {@link #onCallStart}; for each attempt
 * {@link #onAttemptSent}, then {@link #onAttemptAnswered} (an HTTP answer, error statuses
 * included) or {@link #onAttemptFailed} (no answer), and {@link #onRetry} before the next one;
 * then {@link #onCallEnd}, exactly once. A stream that opened then has {@link #onStreamStart},
 * {@link #onStreamEvent} for each event delivered, and {@link #onStreamEnd} exactly once. A
 * background stream resumed after a break reports its reopening attempts on the same call.
 *
 * <p>Each {@code send} or {@code warmUp} on a {@link ResponsesConnection} is one call
 * ({@link ClientCall.Operation#SOCKET_CREATE}, {@link ClientCall.Operation#SOCKET_WARM_UP}), told
 * in the same order, its events told as they are read: {@code onAttemptSent} when the request is
 * written on the socket (attempt 0), or before each attempt to open a new socket when the last
 * one dropped (a failed one told by {@code onAttemptFailed}, or {@code onAttemptAnswered} with
 * the status of a refused upgrade, then {@code onRetry}), the request being written on the
 * socket of the attempt that opened it. The call ends when its first event is read: told as
 * {@code onAttemptAnswered} with status 200 and no headers (the JDK's WebSocket does not expose
 * the upgrade's headers), {@code onCallEnd}, then {@code onStreamStart} with the same status and
 * headers. A WebSocket {@code error} event with a status arriving first is the call's answer
 * instead: {@code onAttemptAnswered} with that status and the headers the event names, then
 * {@code onCallEnd} with the {@link ApiException} the reader gets; a socket that drops or stays
 * silent before the first event ends the call with {@code onAttemptFailed} and {@code onCallEnd}
 * with the reader's {@link StreamInterruptedException}. A response closed or cancelled before
 * its first event ends its call with no failure, then its stream ({@code onStreamEnd}) without
 * {@code onStreamStart}. Opening the connection itself ({@code connect()}) is no call.
 *
 * <p>Methods run on the thread that makes the call or reads the stream, except
 * {@code onStreamEnd} after {@code close()} or {@code cancel()}, which runs on the thread that
 * closed it (with the {@code onCallEnd} of a socket response closed before its first event); keep them short, as the call waits for them. Nothing given to a listener carries the
 * API key: the {@code Authorization} header is never among the headers. An exception thrown by a
 * listener never breaks the call: it is caught and logged (the first one of each listener at
 * WARNING, the next at DEBUG), and the other listeners still run.
 */
public interface ResponsesClientListener {

  /**
   * A call begins.
   *
   * @param call the call
   */
  default void onCallStart(ClientCall call) {}

  /**
   * An attempt is about to be sent.
   *
   * @param call the call
   * @param attempt the attempt, from 0 (the first) up to the retry count
   */
  default void onAttemptSent(ClientCall call, int attempt) {}

  /**
   * An attempt was answered with an HTTP status, success or error.
   *
   * @param call the call
   * @param attempt the attempt, from 0
   * @param status the HTTP status; on a WebSocket connection, 200 for a response whose first
   *     event arrived, the status of an {@code error} event or of a refused upgrade
   * @param headers the answer's headers, names in lower case, without cookies or credentials;
   *     on a WebSocket connection those an {@code error} event names, else none
   */
  default void onAttemptAnswered(ClientCall call, int attempt, int status,
      Map<String, List<String>> headers) {}

  /**
   * An attempt got no HTTP answer: the connection failed or a timeout elapsed.
   *
   * @param call the call
   * @param attempt the attempt, from 0
   * @param failure what went wrong, its message free of the key
   */
  default void onAttemptFailed(ClientCall call, int attempt, ResponsesException failure) {}

  /**
   * A failed attempt is about to be sent again, after a pause.
   *
   * @param call the call
   * @param retry the retry about to be made, from 1
   * @param reason the failure that is retried (a {@link RateLimitException} for a 429...)
   * @param wait the pause before it
   */
  default void onRetry(ClientCall call, int retry, ResponsesException reason, Duration wait) {}

  /**
   * A call ended: once per call, whatever the outcome.
   *
   * @param call the call
   * @param result the answer's typed body ({@code Response}, {@code DeletedResponse},
   *     {@code InputItemList}, {@code InputTokenCount}); null for a stream, whose events follow,
   *     and when the call failed
   * @param failure what the caller gets thrown, null when the call succeeded
   */
  default void onCallEnd(ClientCall call, Object result, RuntimeException failure) {}

  /**
   * A stream opened: its answer's headers and first event arrived.
   *
   * @param call the call
   * @param status the HTTP status; 200 for a response on a WebSocket connection
   * @param headers the answer's headers, names in lower case, without cookies or credentials;
   *     empty for a response on a WebSocket connection
   */
  default void onStreamStart(ClientCall call, int status, Map<String, List<String>> headers) {}

  /**
   * A stream's event is delivered to the reader; the terminal event too, just before
   * {@link #onStreamEnd}.
   *
   * @param call the call
   * @param event the event
   */
  default void onStreamEvent(ClientCall call, ResponseStreamEvent event) {}

  /**
   * A stream ended: once per stream, at its terminal event, its failure, {@code close()} or
   * {@code cancel()}, whichever came first.
   *
   * @param call the call
   * @param end how it ended
   */
  default void onStreamEnd(ClientCall call, StreamEnd end) {}
}
