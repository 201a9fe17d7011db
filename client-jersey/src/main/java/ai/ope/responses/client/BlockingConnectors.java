package ai.ope.responses.client;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;

/**
 * The asynchronous form of a connector whose calls block: both of ours do the work on the
 * calling thread, so an asynchronous call runs that same work on the async-call executor.
 */
final class BlockingConnectors {

  private BlockingConnectors() {}

  /** Runs {@code connector.apply(request)} on the async-call executor and tells the callback. */
  static Future<?> applyAsync(Connector connector, ClientRequest request,
      AsyncConnectorCallback callback) {
    return CompletableFuture.runAsync(() -> {
      try {
        callback.response(connector.apply(request));
      } catch (Throwable failure) {
        callback.failure(failure);
      }
    }, AsyncCallExecutor.newExecutor());
  }
}
