package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the listeners of one stream's events and of its end, once: the end may be reached on the
 * reading thread (terminal event, failure) and on another one ({@code close()}) at the same time.
 * An HTTP stream's call ended before the stream existed (its first event is read within the
 * call); a socket response's call ends only with its first event or its end, which an
 * {@link Opening} tells first.
 */
final class StreamNotifier {

  /** What a stream whose call is still open tells before its events: a socket response's. */
  interface Opening {
    /** The first event arrived: the call's answer and end, then the stream's start. */
    void opened();

    /**
     * The stream ended before its first event.
     *
     * @return whether {@code onStreamEnd} is still to be told: false when the end was told as
     *     the call's own failure
     */
    boolean endedUnopened(StreamEnd end);
  }

  private final Listeners listeners;
  private final ClientCall call;
  private final Opening opening;
  private final AtomicBoolean ended = new AtomicBoolean();
  /** Whether the opening was told (or there is none); set under this object's lock. */
  private volatile boolean opened;

  StreamNotifier(Listeners listeners, ClientCall call) {
    this(listeners, call, null);
  }

  /** A notifier whose call ends with its first event or its end, told by {@code opening}. */
  StreamNotifier(Listeners listeners, ClientCall call, Opening opening) {
    this.listeners = listeners;
    this.call = call;
    this.opening = opening;
    this.opened = opening == null;
  }

  void event(ResponseStreamEvent event) {
    if (!listeners.isEmpty()) {
      open();
      listeners.tell("onStreamEvent", listener -> listener.onStreamEvent(call, event));
    }
  }

  /** The stream's end, told only the first time. */
  void end(StreamEnd end) {
    if (listeners.isEmpty() || !ended.compareAndSet(false, true)) {
      return;
    }
    if (!opened) {
      synchronized (this) {
        // a close() on another thread waits here for the reader's opening to be told whole
        if (!opened) {
          opened = true;
          if (!opening.endedUnopened(end)) {
            return;
          }
        }
      }
    }
    listeners.tell("onStreamEnd", listener -> listener.onStreamEnd(call, end));
  }

  private void open() {
    if (!opened) {
      synchronized (this) {
        if (!opened) {
          opened = true;
          opening.opened();
        }
      }
    }
  }
}
