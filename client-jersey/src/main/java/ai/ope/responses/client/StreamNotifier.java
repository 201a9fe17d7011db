package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tells the listeners of one stream's events and of its end, once: the end may be reached on the
 * reading thread (terminal event, failure) and on another one ({@code close()}) at the same time.
 */
final class StreamNotifier {

  private final Listeners listeners;
  private final ClientCall call;
  private final AtomicBoolean ended = new AtomicBoolean();

  StreamNotifier(Listeners listeners, ClientCall call) {
    this.listeners = listeners;
    this.call = call;
  }

  void event(ResponseStreamEvent event) {
    if (!listeners.isEmpty()) {
      listeners.tell("onStreamEvent", listener -> listener.onStreamEvent(call, event));
    }
  }

  /** The stream's end, told only the first time. */
  void end(StreamEnd end) {
    if (!listeners.isEmpty() && ended.compareAndSet(false, true)) {
      listeners.tell("onStreamEnd", listener -> listener.onStreamEnd(call, end));
    }
  }
}
