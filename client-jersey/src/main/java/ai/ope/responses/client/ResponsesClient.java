package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * A client of the Responses API: one method per endpoint.
 *
 * <pre>{@code
 * try (ResponsesClient client = ResponsesClient.fromEnv()) {
 *   Response response = client.create(CreateResponseRequest.builder()
 *       .model("gpt-5.4-mini").input("Introduce OPEAI Platform in one sentence.").build());
 *   System.out.println(response.outputText());
 * }
 * }</pre>
 *
 * <p>Failed attempts (connection errors, timeouts, 408, 409, 429, 5xx) are retried with
 * exponential backoff and jitter, honouring {@code retry-after}; other errors are thrown at once.
 * Every failure is a {@link ResponsesException}: an {@link ApiException} subclass per status,
 * {@link ConnectionException}, {@link ResponsesTimeoutException}, or
 * {@link InvalidResponseException}.
 *
 * <p>Thread-safe: share one client. It holds one JAX-RS {@code Client} and its connections;
 * {@link #close()} releases them.
 */
public interface ResponsesClient extends AutoCloseable {

  /**
   * A builder; settings not given come from the environment.
   *
   * @return a new builder
   */
  static ResponsesClientBuilder builder() {
    return new ResponsesClientBuilder();
  }

  /**
   * A client configured from system properties or the environment: {@code OPEAI_API_KEY} (or
   * {@code OPENAI_API_KEY}) and optionally {@code OPEAI_BASE_URL} (or {@code OPENAI_BASE_URL}).
   *
   * @return the client
   * @throws IllegalStateException when no API key is configured
   */
  static ResponsesClient fromEnv() {
    return builder().build();
  }

  /**
   * Creates a response ({@code POST /responses}).
   *
   * @param request the request; its {@code stream} member must not be true
   * @return the response
   */
  default Response create(CreateResponseRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a response ({@code POST /responses}) with per-request options.
   *
   * @param request the request; its {@code stream} member must not be true
   * @param options timeouts, retries, headers for this call
   * @return the response
   */
  Response create(CreateResponseRequest request, RequestOptions options);

  /**
   * Creates a response whose answer is a record: the request is sent with {@code text.format}
   * set to the record's strict JSON Schema, and the answer comes back bound to it.
   *
   * <pre>{@code
   * record CityFacts(String city, String country, long population) {}
   *
   * CityFacts facts = client.create(request, CityFacts.class).output();
   * }</pre>
   *
   * @param <T> the record type
   * @param request the request
   * @param outputType the record the answer must be
   * @return the response, with the answer bound on {@link TypedResponse#output()}
   */
  default <T> TypedResponse<T> create(CreateResponseRequest request, Class<T> outputType) {
    return create(request, outputType, RequestOptions.none());
  }

  /**
   * Creates a response whose answer is a record, with per-request options.
   *
   * @param <T> the record type
   * @param request the request
   * @param outputType the record the answer must be
   * @param options timeouts, retries, headers for this call
   * @return the response, with the answer bound on {@link TypedResponse#output()}
   */
  default <T> TypedResponse<T> create(CreateResponseRequest request, Class<T> outputType,
      RequestOptions options) {
    return TypedResponse.of(create(request.withOutputType(outputType), options), outputType);
  }

  /**
   * Runs a tool-calling conversation to its end: calls the model, runs the functions it asks
   * for with the handlers of the tool box, sends their results back, and repeats until the model
   * answers without calling a function (at most 10 turns).
   *
   * @param request the first request; the tool box's functions are added to its tools
   * @param tools the functions the model may call, with their handlers
   * @return the final response, with every turn and call
   * @throws ToolLoopException when the model still calls functions after the last turn
   */
  default ToolRun runTools(CreateResponseRequest request, ToolBox tools) {
    return runTools(request, tools, ToolLoopOptions.defaults());
  }

  /**
   * Runs a tool-calling conversation to its end, with options (turns, a listener, how handler
   * errors are treated, per-request options).
   *
   * @param request the first request; the tool box's functions are added to its tools
   * @param tools the functions the model may call, with their handlers
   * @param options the loop's options
   * @return the final response, with every turn and call
   * @throws ToolLoopException when the model still calls functions after the last turn, or a
   *     handler failed and the options say to stop
   */
  ToolRun runTools(CreateResponseRequest request, ToolBox tools, ToolLoopOptions options);

  /**
   * Opens a WebSocket connection ({@code wss://…/responses}, from the base URL) on which requests
   * are sent one after another, each answered with its events: for agent loops, where each turn
   * sends only the new items and {@code previous_response_id} on a warm socket.
   *
   * @return the open connection; close it
   * @throws ResponsesException when the socket cannot be opened (an {@link ApiException} when
   *     the server refuses the upgrade with a status)
   */
  default ResponsesConnection connect() {
    return connect(ConnectOptions.defaults());
  }

  /**
   * Opens a WebSocket connection with options (idle timeout, reconnection).
   *
   * @param options the connection's options
   * @return the open connection; close it
   * @throws ResponsesException when the socket cannot be opened
   */
  ResponsesConnection connect(ConnectOptions options);

  /**
   * The same calls, each answering with the HTTP status and headers besides the body.
   *
   * @return the raw view of this client
   */
  RawResponsesClient withRawResponse();

  /**
   * Creates a response without blocking the caller.
   *
   * @param request the request
   * @return the response, or the {@link ResponsesException} it failed with
   */
  default CompletionStage<Response> createAsync(CreateResponseRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Creates a response without blocking the caller, with per-request options.
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @return the response, or the {@link ResponsesException} it failed with
   */
  CompletionStage<Response> createAsync(CreateResponseRequest request, RequestOptions options);

  /**
   * Creates a response and streams its events ({@code POST /responses} with
   * {@code stream: true}, answered with server-sent events). The request's {@code stream} member
   * is set for you.
   *
   * <p>The call's timeout and retries cover the attempts until the first event arrives; after
   * that nothing is retried (a retry would repeat text), and only the stream idle timeout
   * applies: a stream that keeps producing is never cut.
   *
   * @param request the request
   * @return the open stream; close it
   * @throws ResponsesException when the stream cannot be opened
   */
  default ResponseStream stream(CreateResponseRequest request) {
    return stream(request, RequestOptions.none());
  }

  /**
   * Creates a response and streams its events, with per-request options
   * ({@link RequestOptions#readTimeout()} is the stream's idle timeout).
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @return the open stream; close it
   * @throws ResponsesException when the stream cannot be opened
   */
  ResponseStream stream(CreateResponseRequest request, RequestOptions options);

  /**
   * Creates a response and hands its events to a handler on the client's executor, without
   * blocking the caller.
   *
   * @param request the request
   * @param handler receives the events, then the end
   * @return the final response, or the exception the stream failed with; cancelling it closes
   *     the stream
   */
  default CompletableFuture<Response> stream(CreateResponseRequest request,
      StreamHandler handler) {
    return stream(request, RequestOptions.none(), handler);
  }

  /**
   * Creates a response and hands its events to a handler, with per-request options.
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @param handler receives the events, then the end
   * @return the final response, or the exception the stream failed with; cancelling it closes
   *     the stream
   */
  CompletableFuture<Response> stream(CreateResponseRequest request, RequestOptions options,
      StreamHandler handler);

  /**
   * Creates a response when subscribed to, and publishes its events with back-pressure: events
   * are read from the connection only as the subscriber requests them, on the client's
   * executor. One subscriber per publisher; cancelling the subscription closes the stream.
   *
   * @param request the request
   * @return the publisher
   */
  default Flow.Publisher<ResponseStreamEvent> publisher(CreateResponseRequest request) {
    return publisher(request, RequestOptions.none());
  }

  /**
   * Creates a response when subscribed to and publishes its events, with per-request options.
   *
   * @param request the request
   * @param options timeouts, retries, headers for this call
   * @return the publisher
   */
  Flow.Publisher<ResponseStreamEvent> publisher(CreateResponseRequest request,
      RequestOptions options);

  /**
   * Streams a background response's events again, from after a sequence number
   * ({@code GET /responses/{id}?stream=true&starting_after=N}): to pick up a stream that broke
   * off, or to follow a response created with {@code background: true}.
   *
   * @param responseId the response id
   * @param startingAfter the sequence number of the last event already received; -1 for all
   * @return the open stream; close it
   * @throws NotFoundException when there is no such stored response
   */
  default ResponseStream resumeStream(String responseId, int startingAfter) {
    return resumeStream(responseId, startingAfter, RequestOptions.none());
  }

  /**
   * Streams a background response's events again, with per-request options.
   *
   * @param responseId the response id
   * @param startingAfter the sequence number of the last event already received; -1 for all
   * @param options timeouts, retries, headers for this call
   * @return the open stream; close it
   */
  ResponseStream resumeStream(String responseId, int startingAfter, RequestOptions options);

  /**
   * Retrieves a stored response ({@code GET /responses/{id}}).
   *
   * @param responseId the response id
   * @return the response
   * @throws NotFoundException when there is no such stored response
   */
  default Response retrieve(String responseId) {
    return retrieve(responseId, RequestOptions.none());
  }

  /**
   * Retrieves a stored response, with per-request options.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the response
   */
  Response retrieve(String responseId, RequestOptions options);

  /**
   * Deletes a stored response ({@code DELETE /responses/{id}}).
   *
   * @param responseId the response id
   * @return the server's confirmation
   */
  default DeletedResponse delete(String responseId) {
    return delete(responseId, RequestOptions.none());
  }

  /**
   * Deletes a stored response, with per-request options.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the server's confirmation
   */
  DeletedResponse delete(String responseId, RequestOptions options);

  /**
   * Cancels a background response ({@code POST /responses/{id}/cancel}).
   *
   * @param responseId the response id
   * @return the response, now {@code cancelled}
   */
  default Response cancel(String responseId) {
    return cancel(responseId, RequestOptions.none());
  }

  /**
   * Cancels a background response, with per-request options.
   *
   * @param responseId the response id
   * @param options timeouts, retries, headers for this call
   * @return the response, now {@code cancelled}
   */
  Response cancel(String responseId, RequestOptions options);

  /**
   * One page of a response's input items ({@code GET /responses/{id}/input_items}).
   *
   * @param responseId the response id
   * @param params page size, order, cursor
   * @return the page; pass its {@code lastId} as {@code after} for the next one
   */
  default InputItemList listInputItems(String responseId, InputItemsParams params) {
    return listInputItems(responseId, params, RequestOptions.none());
  }

  /**
   * One page of a response's input items, with per-request options.
   *
   * @param responseId the response id
   * @param params page size, order, cursor
   * @param options timeouts, retries, headers for each call
   * @return the page
   */
  InputItemList listInputItems(String responseId, InputItemsParams params,
      RequestOptions options);

  /**
   * All of a response's input items, fetched page by page as the stream is consumed (following
   * {@code has_more}).
   *
   * @param responseId the response id
   * @param params page size, order, and where to start
   * @return the items; lazily fetched
   */
  Stream<InputItem> inputItems(String responseId, InputItemsParams params);

  /**
   * Counts the input tokens a request would use ({@code POST /responses/input_tokens}).
   *
   * @param request the input, instructions and tools to count
   * @return the count
   */
  default InputTokenCount countInputTokens(InputTokensRequest request) {
    return countInputTokens(request, RequestOptions.none());
  }

  /**
   * Counts the input tokens a request would use, with per-request options.
   *
   * @param request the input, instructions and tools to count
   * @param options timeouts, retries, headers for this call
   * @return the count
   */
  InputTokenCount countInputTokens(InputTokensRequest request, RequestOptions options);

  /**
   * Releases the connections and stops every thread the client started; calls in progress fail,
   * and the WebSocket connections made by {@link #connect()} are closed. Idempotent.
   */
  @Override
  void close();
}
