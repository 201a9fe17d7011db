package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseCompletedEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.testkit.Reply;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The callback and {@code Flow.Publisher} forms of a stream. */
class StreamCallbackTest {

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aHandlerGetsEveryEventThenTheFinalResponseOnAnotherThread() throws Exception {
    fixture.server.enqueue(Reply.text("Handled off the caller's thread.").withChunks(3));
    Recorder handler = new Recorder();

    Response response = fixture.client.stream(Frames.request("Handle"), handler)
        .get(10, TimeUnit.SECONDS);

    assertThat(response.outputText()).isEqualTo("Handled off the caller's thread.");
    assertThat(ResponseStreamTest.deltas(handler.events)).isEqualTo(response.outputText());
    assertThat(handler.completed).containsExactly(response);
    assertThat(handler.errors).isEmpty();
    assertThat(handler.threads).doesNotContain(Thread.currentThread().getName());
  }

  @Test
  void aFailedStreamReachesTheHandlerAndTheFutureOnce() {
    fixture.server.enqueue(Reply.sse(Frames.created(0) + Frames.messageAdded(1)
        + Frames.delta(2, "So far") + Frames.error(3, "rate_limit_exceeded", "Slow down.")));
    Recorder handler = new Recorder();

    CompletableFuture<Response> result = fixture.client.stream(Frames.request("Fail"), handler);

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause()
        .isInstanceOf(StreamErrorException.class);
    assertThat(handler.events).hasSize(3);
    assertThat(handler.errors).singleElement().isInstanceOfSatisfying(StreamErrorException.class,
        e -> assertThat(e.partialResponse().outputText()).isEqualTo("So far"));
    assertThat(handler.completed).isEmpty();
  }

  @Test
  void aHandlerThatThrowsStopsTheStreamAndIsTold() {
    fixture.server.enqueue(Reply.text("three small chunks").withChunks(3));
    Recorder handler = new Recorder() {
      @Override
      public void onEvent(ResponseStreamEvent event) {
        super.onEvent(event);
        throw new IllegalStateException("handler bug");
      }
    };

    CompletableFuture<Response> result = fixture.client.stream(Frames.request("Bug"), handler);

    assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOf(ResponsesException.class).hasMessageContaining("handler bug");
    assertThat(handler.events).hasSize(1);
    assertThat(handler.errors).hasSize(1);
  }

  @Test
  void cancellingTheFutureClosesTheStream() throws Exception {
    fixture.server.enqueue(Reply.text("endless").withChunks(2).withStallAfterEvents(3));
    Recorder handler = new Recorder();
    CompletableFuture<Response> result = fixture.client.stream(Frames.request("Stop"), handler);
    while (handler.events.size() < 3) {
      Thread.sleep(10);
    }

    result.cancel(true);

    Thread.sleep(200);
    assertThat(handler.completed).isEmpty();
    assertThat(handler.errors).isEmpty();
    assertThat(handler.events).hasSize(3);
  }

  @Test
  void aPublisherDeliversEveryEventThenCompletes() throws Exception {
    fixture.server.enqueue(Reply.text("Published with back-pressure.").withChunks(5));
    List<ResponseStreamEvent> events = new CopyOnWriteArrayList<>();

    CompletableFuture<Void> done = subscribe(fixture.client.publisher(Frames.request("Pub")),
        events);

    done.get(10, TimeUnit.SECONDS);
    assertThat(events).last().isInstanceOf(ResponseCompletedEvent.class);
    assertThat(ResponseStreamTest.deltas(events)).isEqualTo("Published with back-pressure.");
    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  @Test
  void aPublisherReportsAStreamErrorToItsSubscriber() {
    fixture.server.enqueue(Reply.text("cut short").withChunks(3).withCutAfterEvents(5));
    List<ResponseStreamEvent> events = new CopyOnWriteArrayList<>();

    CompletableFuture<Void> done = subscribe(fixture.client.publisher(Frames.request("Cut")),
        events);

    assertThatThrownBy(() -> done.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOf(StreamInterruptedException.class);
    assertThat(events).hasSize(5);
  }

  @Test
  void aPublisherStreamsOneResponseForOneSubscriber() throws Exception {
    fixture.server.enqueue(Reply.text("only once"));
    Flow.Publisher<ResponseStreamEvent> publisher =
        fixture.client.publisher(Frames.request("Once"));
    subscribe(publisher, new CopyOnWriteArrayList<>()).get(10, TimeUnit.SECONDS);

    CompletableFuture<Void> second = subscribe(publisher, new CopyOnWriteArrayList<>());

    assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).cause()
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("one response");
    assertThat(fixture.server.requestCount()).isEqualTo(1);
  }

  /** Subscribes, asking for one event at a time; the result completes when the stream does. */
  private static CompletableFuture<Void> subscribe(Flow.Publisher<ResponseStreamEvent> publisher,
      List<ResponseStreamEvent> events) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    publisher.subscribe(new Flow.Subscriber<>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription given) {
        subscription = given;
        given.request(1);
      }

      @Override
      public void onNext(ResponseStreamEvent item) {
        events.add(item);
        subscription.request(1);
      }

      @Override
      public void onError(Throwable throwable) {
        done.completeExceptionally(throwable);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    return done;
  }

  /** Records what a handler is told, and on which thread. */
  private static class Recorder implements StreamHandler {
    final List<ResponseStreamEvent> events = new CopyOnWriteArrayList<>();
    final List<Response> completed = new CopyOnWriteArrayList<>();
    final List<ResponsesException> errors = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ResponseStreamEvent event) {
      events.add(event);
      threads.add(Thread.currentThread().getName());
    }

    @Override
    public void onComplete(Response response) {
      completed.add(response);
    }

    @Override
    public void onError(ResponsesException error) {
      errors.add(error);
    }
  }
}
