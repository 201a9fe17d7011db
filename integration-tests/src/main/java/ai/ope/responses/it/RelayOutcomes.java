package ai.ope.responses.it;

import ai.ope.responses.api.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** How the latest relay ended, for the tests to read after the browser is gone. */
@ApplicationScoped
public class RelayOutcomes {

  private volatile String last = "none";

  /** Created by the container. */
  public RelayOutcomes() {}

  void watch(CompletableFuture<Response> relay) {
    last = "pending";
    relay.whenComplete((response, failure) -> last = describe(response, failure));
  }

  String last() {
    return last;
  }

  private static String describe(Response response, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
    if (cause == null) {
      return "done: " + response.outputText();
    }
    return cause instanceof CancellationException ? "cancelled"
        : "failed: " + cause.getClass().getSimpleName();
  }
}
