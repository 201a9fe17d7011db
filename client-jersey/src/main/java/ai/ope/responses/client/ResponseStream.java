package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseAccumulator;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The events of one streamed response, read as they arrive. Iterate it once, with a for-each loop
 * or {@link #stream()}, and close it (try-with-resources):
 *
 * <pre>{@code
 * try (ResponseStream events = client.stream(request)) {
 *   for (ResponseStreamEvent event : events) {
 *     if (event instanceof OutputTextDeltaEvent delta) {
 *       System.out.print(delta.delta());
 *     }
 *   }
 *   Response response = events.finalResponse();
 * }
 * }</pre>
 *
 * <p>Every event is delivered, those of types this library does not know as
 * {@code UnknownStreamEvent}. The iteration ends after the terminal event
 * ({@code response.completed} or {@code response.incomplete}); any other end throws a
 * {@link StreamException} from {@code hasNext()} after the events before it were delivered:
 * {@link StreamErrorException} for an {@code error} event, {@link ResponseFailedException} for
 * {@code response.failed}, {@link StreamInterruptedException} when the connection drops or stays
 * silent longer than the idle timeout, {@link MalformedEventException} for an unreadable event.
 * Each carries the partial response. The stream of a background response that breaks is resumed
 * where it stopped (up to the client's retry count), without repeating an event.
 *
 * <p>Events are read one at a time: memory stays bounded whatever the stream's length. Iterate
 * from one thread; {@link #close()} and {@link #cancel()} may be called from any thread, also
 * from inside the loop, and end a blocked read at once; the iteration then simply ends.
 */
public final class ResponseStream implements AutoCloseable, Iterable<ResponseStreamEvent> {

  private final StreamSession session;
  private final Consumer<String> serverCancel;
  private final EventIterator iterator = new EventIterator();
  private boolean iterated;

  ResponseStream(StreamSession session, Consumer<String> serverCancel) {
    this.session = session;
    this.serverCancel = serverCancel;
  }

  /**
   * The events, read as the iteration asks for them. A stream is read once: a second call
   * throws.
   *
   * @return the iterator
   * @throws IllegalStateException when the events were already iterated
   */
  @Override
  public Iterator<ResponseStreamEvent> iterator() {
    if (iterated) {
      throw new IllegalStateException("a response stream can be iterated only once");
    }
    iterated = true;
    return iterator;
  }

  /**
   * The events as a sequential {@link Stream}; closing it closes this stream.
   *
   * @return the events
   * @throws IllegalStateException when the events were already iterated
   */
  public Stream<ResponseStreamEvent> stream() {
    Spliterator<ResponseStreamEvent> events = Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(events, false).onClose(this::close);
  }

  /**
   * Reads the events not read yet and returns the response of the terminal event.
   *
   * @return the final response ({@code completed} or {@code incomplete})
   * @throws StreamException when the stream ends without one
   * @throws IllegalStateException when the stream was closed before its end
   */
  public Response finalResponse() {
    iterated = true;
    while (iterator.hasNext()) {
      iterator.next();
    }
    return session.accumulator().finalResponse().orElseThrow(() -> new IllegalStateException(
        "the stream was closed before its terminal event; partialResponse() has what arrived"));
  }

  /**
   * The output text received so far.
   *
   * @return the text; empty before any arrives
   */
  public String textSoFar() {
    return session.accumulator().textSoFar();
  }

  /**
   * The response as far as the stream went: the final one after the terminal event, else the
   * last snapshot with the output received since.
   *
   * @return the response
   */
  public Response partialResponse() {
    return session.accumulator().response();
  }

  /**
   * The accumulator the events are folded into: output, text, sequence numbers and gaps. Read it
   * from the iterating thread.
   *
   * @return the accumulator
   */
  public ResponseAccumulator accumulator() {
    return session.accumulator();
  }

  /**
   * The response's id, once the first event gave it.
   *
   * @return the id, if known
   */
  public Optional<String> responseId() {
    return session.accumulator().responseId();
  }

  /**
   * The sequence number of the last event read, for {@link ResponsesClient#resumeStream}.
   *
   * @return the number; empty before any numbered event
   */
  public Optional<Integer> lastSequenceNumber() {
    return session.accumulator().lastSequenceNumber();
  }

  /**
   * The server's id for the request, to quote to its operators.
   *
   * @return the {@code x-request-id} header, if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(session.requestId());
  }

  /**
   * Stops reading and closes the connection; the iteration ends without an exception. From any
   * thread; idempotent. The server goes on generating a background response: see
   * {@link #cancel()}.
   */
  @Override
  public void close() {
    session.close(StreamEnd.Reason.CLOSED);
  }

  /**
   * Closes the stream and, for a background response whose id is known, asks the server to stop
   * generating it ({@code POST /responses/{id}/cancel}). A foreground response stops when its
   * connection closes.
   *
   * @throws ResponsesException when the server refuses the cancellation
   */
  public void cancel() {
    session.close(StreamEnd.Reason.CANCELLED);
    Optional<String> id = responseId();
    if (serverCancel != null && id.isPresent()) {
      serverCancel.accept(id.get());
    }
  }

  @Override
  public String toString() {
    return "ResponseStream[" + responseId().orElse("id not yet known") + ", "
        + session.accumulator().eventCount() + " events"
        + (session.isClosed() ? ", closed" : "") + "]";
  }

  /** Reads ahead by one event to answer {@code hasNext()}. */
  private final class EventIterator implements Iterator<ResponseStreamEvent> {
    private ResponseStreamEvent next;
    private boolean ended;

    @Override
    public boolean hasNext() {
      if (next == null && !ended) {
        next = session.next();
        ended = next == null;
      }
      return next != null;
    }

    @Override
    public ResponseStreamEvent next() {
      if (!hasNext()) {
        throw new NoSuchElementException("the stream has ended");
      }
      ResponseStreamEvent event = next;
      next = null;
      return event;
    }
  }
}
