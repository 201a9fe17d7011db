package ai.ope.responses.it;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.ResponsesClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** {@code createAsync}: the CDI extension hands the client the server's managed executor. */
@Path("async")
@RequestScoped
public class AsyncResource {

  @Inject
  ResponsesClient client;

  @Inject
  CallThreads threads;

  /** Created by the server. */
  public AsyncResource() {}

  /**
   * Asks the model asynchronously; the JAX-RS request completes when the answer is in.
   *
   * @param question the input
   * @return {@code TEXT | thread=NAME managed=BOOLEAN}: the thread the call ran on
   */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public CompletionStage<String> ask(@QueryParam("q") String question) {
    CreateResponseRequest request = Prompts.ask(question);
    return client.createAsync(request)
        .thenApply(response -> response.outputText() + " | " + threads.takeThreadOf(request));
  }
}
