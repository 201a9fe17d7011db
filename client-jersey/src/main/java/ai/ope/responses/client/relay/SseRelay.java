package ai.ope.responses.client.relay;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Relays a model's stream to a browser over Jakarta REST server-sent events: a JAX-RS resource
 * hands it the model's events and its {@link SseEventSink}, and the browser gets the chosen
 * events as they arrive, then {@code done} or {@code error}:
 *
 * <pre>{@code
 * @POST @Path("chat") @Produces(MediaType.SERVER_SENT_EVENTS)
 * public void chat(String question, @Context SseEventSink sink, @Context Sse sse) {
 *   SseRelay.textDeltas().relay(client.publisher(request(question)), sink, sse);
 * }
 * }</pre>
 *
 * <p><b>What the browser receives.</b> Each relayed event carries {@code id:} = the model
 * event's sequence number. {@link #textDeltas()} sends {@code event: delta} whose data is the
 * delta as a JSON string ({@code "Hel"}, read with {@code JSON.parse(e.data)}): plain text would
 * lose a leading space or a carriage return to SSE framing. {@link #typedEvents()} sends every
 * event named by its {@code type}, data = the event's JSON as this library writes it (events of
 * unknown types included, as received). {@link #mapping} lets the application choose. The stream
 * ends with {@code event: done}, data = the final response's JSON (or {@link #doneData}), or with
 * {@code event: error}, data = {@code {"type":…,"message":…}} (see below), and the sink is closed.
 *
 * <p><b>Back-pressure.</b> At most {@link #maxOutstandingSends(int)} sends are outstanding; the
 * next model event is read only when a send completes, so a slow browser slows the reading of the
 * model's stream (and, through TCP, the model server) instead of filling memory.
 *
 * <p><b>The browser leaving.</b> When a send fails or the sink is found closed, the model's stream
 * is closed at once (its connection released, a foreground response stops), no further event is
 * sent, and the relay's future completes with a {@code CancellationException}. A container
 * notices a closed connection only when it writes to it, so this happens at the next relayed
 * event, not while the model is silent.
 *
 * <p><b>Failures.</b> Whatever ends the model's stream other than its terminal event (an
 * {@code error} event, {@code response.failed}, a cut connection, an unreadable event, a refused
 * request) becomes one {@code error} event whose {@code type} is {@code stream_error},
 * {@code response_failed}, {@code stream_interrupted}, {@code malformed_event},
 * {@code api_error}, {@code model_error} or {@code relay_error}, with a plain sentence: never an
 * exception's message or stack trace, which may name internal hosts or quote part of a key; only
 * what the model itself said about its failure is passed on. The relay's future completes
 * exceptionally with the exception, for the application to log.
 *
 * <p><b>Threads.</b> {@link #relay(Flow.Publisher, SseEventSink, Sse)} returns at once; the
 * client's executor (in a Jakarta EE server, its managed executor) reads and sends.
 * {@link #relay(ResponseStream, SseEventSink, Sse, Executor)} reads an already opened stream on
 * the executor given, and {@link #relayBlocking} on the calling thread, for a caller who wants
 * the request thread to do it. Cancelling the returned future closes the model's stream and the
 * sink.
 *
 * <p><b>Not covered.</b> Reconnection: the ids let a browser's {@code Last-Event-ID} be related
 * to the model's events, but a reconnecting browser starts a new request; resuming it is the
 * application's choice ({@code ResponsesClient.resumeStream} for background responses).
 *
 * <p>Instances are immutable and thread-safe: keep one in a field and use it for every request.
 */
public final class SseRelay {

  /** The event name of the last event of a relay that ended with the model's response. */
  public static final String DONE = "done";
  /** The most sends outstanding at once unless set otherwise. */
  public static final int DEFAULT_MAX_OUTSTANDING_SENDS = 16;

  private final Function<? super ResponseStreamEvent, Optional<BrowserEvent>> selection;
  private final int maxOutstandingSends;
  private final Function<? super Response, String> doneData;

  private SseRelay(Function<? super ResponseStreamEvent, Optional<BrowserEvent>> selection,
      int maxOutstandingSends, Function<? super Response, String> doneData) {
    this.selection = selection;
    this.maxOutstandingSends = maxOutstandingSends;
    this.doneData = doneData;
  }

  /**
   * Relays only the output text: {@code event: delta}, data = the delta as a JSON string.
   *
   * @return the relay
   */
  public static SseRelay textDeltas() {
    return mapping(Selections.textDeltas());
  }

  /**
   * Relays every event, named by its {@code type}, with its JSON as data.
   *
   * @return the relay
   */
  public static SseRelay typedEvents() {
    return typedEvents(event -> true);
  }

  /**
   * Relays the events a filter accepts, named by their {@code type}, with their JSON as data.
   *
   * @param which accepts the events to relay
   * @return the relay
   */
  public static SseRelay typedEvents(Predicate<? super ResponseStreamEvent> which) {
    Objects.requireNonNull(which, "which");
    return mapping(Selections.typed(which));
  }

  /**
   * Relays what a function makes of each event; an empty result skips the event. The function
   * runs on the relaying thread; if it throws, the relay ends with an {@code error} event.
   *
   * @param mapper the browser event for a model event, or empty
   * @return the relay
   */
  public static SseRelay mapping(
      Function<? super ResponseStreamEvent, Optional<BrowserEvent>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return new SseRelay(mapper, DEFAULT_MAX_OUTSTANDING_SENDS, ResponsesJson::toJson);
  }

  /**
   * The same relay with another bound on sends not yet completed.
   *
   * @param max at least 1
   * @return the relay
   * @throws IllegalArgumentException when {@code max} is less than 1
   */
  public SseRelay maxOutstandingSends(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxOutstandingSends must be at least 1, not " + max);
    }
    return new SseRelay(selection, max, doneData);
  }

  /**
   * The same relay with another {@code done} data, e.g. a summary instead of the whole response.
   *
   * @param data the data of the {@code done} event for the final response
   * @return the relay
   */
  public SseRelay doneData(Function<? super Response, String> data) {
    return new SseRelay(selection, maxOutstandingSends, Objects.requireNonNull(data, "data"));
  }

  /**
   * Subscribes to a publisher of the client ({@code client.publisher(request)}) and relays its
   * events; returns at once. The request is sent on subscription, so a refused request reaches
   * the browser as an {@code error} event.
   *
   * @param events the model's events; one subscriber only
   * @param sink the browser's connection
   * @param sse the container's event factory
   * @return the final response; a {@code CancellationException} when the browser left; the
   *     failure otherwise. Cancelling it stops the relay
   */
  public CompletableFuture<Response> relay(Flow.Publisher<ResponseStreamEvent> events,
      SseEventSink sink, Sse sse) {
    Objects.requireNonNull(events, "events");
    RelaySubscriber subscriber = new RelaySubscriber(this, checked(sink), checked(sse));
    events.subscribe(subscriber);
    return subscriber.outcome();
  }

  /**
   * Relays an opened stream on an executor; returns at once. The stream is closed at the end.
   *
   * @param events the model's stream, not iterated yet
   * @param sink the browser's connection
   * @param sse the container's event factory
   * @param executor runs the relay (in a Jakarta EE server, a managed executor)
   * @return as for {@link #relay(Flow.Publisher, SseEventSink, Sse)}
   */
  public CompletableFuture<Response> relay(ResponseStream events, SseEventSink sink, Sse sse,
      Executor executor) {
    Objects.requireNonNull(executor, "executor");
    StreamPump pump = new StreamPump(this, Objects.requireNonNull(events, "events"),
        checked(sink), checked(sse));
    try {
      executor.execute(pump);
    } catch (RuntimeException rejected) {
      pump.failToStart(rejected);
    }
    return pump.outcome();
  }

  /**
   * Relays an opened stream on the calling thread, returning when the relay has ended. Nothing is
   * thrown for the stream's failures or the browser leaving: the browser got its last event and
   * the returned future, already complete, says how it ended.
   *
   * @param events the model's stream, not iterated yet
   * @param sink the browser's connection
   * @param sse the container's event factory
   * @return as for {@link #relay(Flow.Publisher, SseEventSink, Sse)}, already complete
   */
  public CompletableFuture<Response> relayBlocking(ResponseStream events, SseEventSink sink,
      Sse sse) {
    StreamPump pump = new StreamPump(this, Objects.requireNonNull(events, "events"),
        checked(sink), checked(sse));
    pump.run();
    return pump.outcome();
  }

  @Override
  public String toString() {
    return "SseRelay[maxOutstandingSends=" + maxOutstandingSends + "]";
  }

  Function<? super ResponseStreamEvent, Optional<BrowserEvent>> selection() {
    return selection;
  }

  int maxOutstandingSends() {
    return maxOutstandingSends;
  }

  Function<? super Response, String> doneData() {
    return doneData;
  }

  private static <T> T checked(T containerValue) {
    return Objects.requireNonNull(containerValue,
        "the sink and the Sse come from the container: @Context SseEventSink, @Context Sse");
  }
}
