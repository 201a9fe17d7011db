package ai.ope.responses.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the listeners are told of one response on a WebSocket connection around its events: the
 * call's start, its attempts (the dials of a reconnect included), and the call's end. As an HTTP
 * stream's call ends once its first event arrived, a socket response's ends with its first event
 * (told as answered with {@value #ANSWERED}) or with its failure before one; the events and the
 * stream's end are then told by the {@link StreamNotifier}, on the reading thread.
 */
final class SocketCall implements StreamNotifier.Opening, SocketDialer.Attempts {

  /**
   * The status told for a socket response whose first event arrived: what the same request
   * answered with events over HTTP gets. The socket's own handshake (101) may be long past, and
   * the JDK's WebSocket does not expose its headers: the headers told are empty.
   */
  static final int ANSWERED = 200;

  private final Listeners listeners;
  private final ClientCall call;
  /** The attempt the request was written on; set by the sending thread, read by the reader. */
  private volatile int attempt;

  SocketCall(Listeners listeners, ClientCall call) {
    this.listeners = listeners;
    this.call = call;
  }

  ClientCall call() {
    return call;
  }

  void start() {
    listeners.tell("onCallStart", listener -> listener.onCallStart(call));
  }

  @Override
  public void sending(int attempt) {
    this.attempt = attempt;
    listeners.tell("onAttemptSent", listener -> listener.onAttemptSent(call, attempt));
  }

  /** The attempt's failure: a refusal with a status is an answer, anything else is not. */
  @Override
  public void failed(int attempt, ResponsesException failure) {
    if (failure instanceof ApiException refused) {
      Map<String, List<String>> headers = Listeners.visible(refused.headers());
      listeners.tell("onAttemptAnswered", listener -> listener.onAttemptAnswered(call, attempt,
          refused.status(), headers));
    } else {
      listeners.tell("onAttemptFailed",
          listener -> listener.onAttemptFailed(call, attempt, failure));
    }
  }

  @Override
  public void retrying(int retry, ResponsesException reason, Duration wait) {
    listeners.tell("onRetry", listener -> listener.onRetry(call, retry, reason, wait));
  }

  /** The request could not be written on the socket of the current attempt. */
  void writeFailed(ConnectionException failure) {
    failed(attempt, failure);
  }

  /** The request was not sent (no socket, not written): the call ends with its failure. */
  void notSent(RuntimeException failure) {
    end(failure);
  }

  @Override
  public void opened() {
    listeners.tell("onAttemptAnswered",
        listener -> listener.onAttemptAnswered(call, attempt, ANSWERED, Map.of()));
    end(null);
    listeners.tell("onStreamStart", listener -> listener.onStreamStart(call, ANSWERED, Map.of()));
  }

  /**
   * Before any event: an {@code error} event with a status, a drop or a silence is the call's
   * failure, as the same refusal or broken connection over HTTP would be; a close ends the call
   * with no failure, then the stream; any other failure means events did arrive (an
   * {@code error} event without a status, an unreadable frame): the stream opened and failed.
   */
  @Override
  public boolean endedUnopened(StreamEnd end) {
    RuntimeException failure = end.failure();
    if (failure instanceof ApiException || failure instanceof StreamInterruptedException) {
      failed(attempt, (ResponsesException) failure);
      end(failure);
      return false;
    }
    if (failure == null) {
      end(null);
    } else {
      opened();
    }
    return true;
  }

  private void end(RuntimeException failure) {
    listeners.tell("onCallEnd", listener -> listener.onCallEnd(call, null, failure));
  }
}
