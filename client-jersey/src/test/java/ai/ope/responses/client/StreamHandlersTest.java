package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** The handler form's future: how it starts, fails and is cancelled, apart from any server. */
class StreamHandlersTest {

  /** Notes what the handler was told. */
  private static final class Notes implements StreamHandler {
    final List<String> calls = new ArrayList<>();

    @Override
    public void onEvent(ResponseStreamEvent event) {
      calls.add("event");
    }

    @Override
    public void onComplete(Response response) {
      calls.add("complete");
    }

    @Override
    public void onError(ResponsesException error) {
      calls.add("error: " + error.getMessage());
    }
  }

  @Test
  void aClosedClientsExecutorFailsTheFutureAtOnce() {
    Notes handler = new Notes();
    List<String> opened = new ArrayList<>();

    CompletableFuture<Response> result = StreamHandlers.start(() -> {
      opened.add("opened");
      return null;
    }, handler, task -> {
      throw new RejectedExecutionException("shut down");
    });

    assertThat(result).isCompletedExceptionally();
    assertThat(result.handle((response, failure) -> failure).join())
        .isInstanceOf(ResponsesException.class).hasMessage("the client is closed");
    assertThat(opened).isEmpty();
    assertThat(handler.calls).isEmpty();
  }

  @Test
  void aFutureCancelledBeforeItsTurnSendsNothing() {
    Notes handler = new Notes();
    List<String> opened = new ArrayList<>();
    List<Runnable> queued = new ArrayList<>();

    CompletableFuture<Response> result = StreamHandlers.start(() -> {
      opened.add("opened");
      return null;
    }, handler, queued::add);
    result.cancel(true);
    queued.forEach(Runnable::run);

    assertThat(result).isCancelled();
    assertThat(opened).isEmpty();
    assertThat(handler.calls).isEmpty();
  }

  @Test
  void aStreamThatCannotOpenIsTheHandlersErrorAndTheFuturesFailure() {
    Notes handler = new Notes();
    ResponsesException refused = new ConnectionException("POST /responses: refused", null);

    CompletableFuture<Response> result = StreamHandlers.start(() -> {
      throw refused;
    }, handler, Runnable::run);

    assertThat(handler.calls).containsExactly("error: POST /responses: refused");
    assertThat(result).isCompletedExceptionally();
    assertThat(result.handle((response, failure) -> failure).join()).isSameAs(refused);
  }
}
