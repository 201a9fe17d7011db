package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.DeletedResponse;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputItemList;
import ai.ope.responses.api.InputTokenCount;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.media.sse.SseFeature;
import org.glassfish.jersey.uri.UriComponent;

/** The {@link ResponsesClient} on one Jersey client. */
final class JerseyResponsesClient implements ResponsesClient {

  private final Settings settings;
  private final Client client;
  private final Transport transport;
  private final ExecutorService executor;
  /** The WebSocket connections made and not yet closed: closed with the client. */
  private final java.util.Set<ResponsesConnection> connections =
      java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final boolean ownsExecutor;
  private final Listeners listeners;
  private final Raw raw = new Raw();

  JerseyResponsesClient(Settings settings, ExecutorService executor,
      List<ResponsesClientListener> listeners) {
    this.settings = settings;
    this.client = jaxRsClient(settings);
    this.listeners = new Listeners(listeners, settings.apiKey());
    this.transport = new Transport(client, settings, this.listeners);
    this.ownsExecutor = executor == null;
    this.executor = executor != null ? executor : AsyncCallExecutor.newExecutor();
  }

  /**
   * A Jersey client with the feature, the timeouts and the configured connector, which gets the
   * network settings (proxy, TLS, version, own JDK client).
   */
  static Client jaxRsClient(Settings settings) {
    Network network = settings.network();
    ClientConfig config = new ClientConfig()
        .property(ClientProperties.CONNECT_TIMEOUT, (int) settings.connectTimeout().toMillis())
        .property(ClientProperties.READ_TIMEOUT, (int) settings.readTimeout().toMillis())
        .connectorProvider(settings.httpTransport() == HttpTransport.JDK_HTTP_CLIENT
            ? new JdkHttpConnectorProvider(network) : new SocketConnectorProvider(network))
        .register(SseFeature.class)
        .register(ResponsesFeature.of(settings));
    // Jersey's builder explicitly: ClientBuilder.newBuilder() would pick whatever JAX-RS
    // implementation the application server provides.
    JerseyClientBuilder builder = new JerseyClientBuilder().withConfig(config);
    if (network.sslContext() != null) {
      builder.sslContext(network.sslContext());
    }
    return builder.build();
  }

  @Override
  public Response create(CreateResponseRequest request, RequestOptions options) {
    return raw.create(request, options).body();
  }

  @Override
  public CompletionStage<Response> createAsync(CreateResponseRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request");
    try {
      return CompletableFuture.supplyAsync(() -> create(request, options), executor);
    } catch (RejectedExecutionException closed) {
      return CompletableFuture.failedFuture(
          new ResponsesException("the client is closed", closed));
    }
  }

  @Override
  public ResponseStream stream(CreateResponseRequest request, RequestOptions options) {
    return raw.stream(request, options).body();
  }

  @Override
  public ResponseStream resumeStream(String responseId, int startingAfter,
      RequestOptions options) {
    Transport.Call call = resumeCall(id(responseId), startingAfter);
    return open(call, listened(ClientCall.Operation.RESUME_STREAM, call, null), options, true)
        .body();
  }

  private RawResponse<ResponseStream> open(Transport.Call call, ClientCall listened,
      RequestOptions options, boolean background) {
    CallSettings limits = limits(options);
    Transport.Reader<OpenedStream> reader =
        answer -> EventStreams.open(answer, settings.sseParser());
    OpenedStream opened = observed(listened, () -> transport.open(call, listened, limits, reader),
        stream -> null);
    if (!listeners.isEmpty()) {
      Map<String, List<String>> headers = Listeners.visible(opened.headers());
      listeners.tell("onStreamStart",
          listener -> listener.onStreamStart(listened, opened.status(), headers));
    }
    StreamSession.Resumer resumer = !background ? null : (id, after) ->
        transport.open(resumeCall(id, after), listened, limits, reader);
    StreamSession session = new StreamSession(opened, resumer, limits.maxRetries(),
        limits.streamIdleTimeout(), text -> Secrets.mask(text, settings.apiKey()),
        new StreamNotifier(listeners, listened));
    return new RawResponse<>(opened.status(), opened.headers(),
        new ResponseStream(session, background ? id -> cancel(id, options) : null));
  }

  /**
   * Makes a call, telling the listeners of its start and its end.
   *
   * @param body the typed body a result carries, for {@code onCallEnd}
   */
  private <T> T observed(ClientCall listened, Supplier<T> send, Function<T, Object> body) {
    listeners.tell("onCallStart", listener -> listener.onCallStart(listened));
    T result;
    try {
      result = send.get();
    } catch (RuntimeException failure) {
      listeners.tell("onCallEnd", listener -> listener.onCallEnd(listened, null, failure));
      throw failure;
    }
    Object answer = listeners.isEmpty() ? null : body.apply(result);
    listeners.tell("onCallEnd", listener -> listener.onCallEnd(listened, answer, null));
    return result;
  }

  /** The call as the listeners see it: the endpoint without its query, the typed request. */
  private ClientCall listened(ClientCall.Operation operation, Transport.Call call,
      Object request) {
    StringBuilder endpoint = new StringBuilder(settings.baseUri().toString());
    for (String segment : call.path()) {
      endpoint.append('/').append(UriComponent.encode(segment,
          UriComponent.Type.PATH_SEGMENT));
    }
    return new ClientCall(operation, call.method(), URI.create(endpoint.toString()), request);
  }

  private static Transport.Call resumeCall(String responseId, int startingAfter) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("stream", List.of("true"));
    query.put("starting_after", List.of(Integer.toString(startingAfter)));
    return new Transport.Call("GET", List.of("responses", responseId), query, null,
        MediaType.SERVER_SENT_EVENTS_TYPE);
  }

  @Override
  public CompletableFuture<Response> stream(CreateResponseRequest request,
      RequestOptions options, StreamHandler handler) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(handler, "handler");
    return StreamHandlers.start(() -> stream(request, options), handler, executor);
  }

  @Override
  public Flow.Publisher<ResponseStreamEvent> publisher(CreateResponseRequest request,
      RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return new StreamPublisher(() -> stream(request, options), executor);
  }

  @Override
  public Response retrieve(String responseId, RequestOptions options) {
    return raw.retrieve(responseId, options).body();
  }

  @Override
  public DeletedResponse delete(String responseId, RequestOptions options) {
    return raw.delete(responseId, options).body();
  }

  @Override
  public Response cancel(String responseId, RequestOptions options) {
    return raw.cancel(responseId, options).body();
  }

  @Override
  public InputItemList listInputItems(String responseId, InputItemsParams params,
      RequestOptions options) {
    return raw.listInputItems(responseId, params, options).body();
  }

  @Override
  public Stream<InputItem> inputItems(String responseId, InputItemsParams params) {
    String id = id(responseId);
    Objects.requireNonNull(params, "params");
    return InputItemPages.stream(after -> listInputItems(id, params.withAfter(after),
        RequestOptions.none()), params.after());
  }

  @Override
  public InputTokenCount countInputTokens(InputTokensRequest request, RequestOptions options) {
    return raw.countInputTokens(request, options).body();
  }

  @Override
  public ToolRun runTools(CreateResponseRequest request, ToolBox tools,
      ToolLoopOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(tools, "tools");
    Objects.requireNonNull(options, "options");
    return new ToolLoop(this, executor, listeners.toolTracing()).run(request, tools, options);
  }

  @Override
  public ResponsesConnection connect(ConnectOptions options) {
    Objects.requireNonNull(options, "options");
    if (transport.isClosed()) {
      throw new IllegalStateException("connect: the ResponsesClient is closed");
    }
    boolean own = settings.network().httpClient() == null;
    java.net.http.HttpClient http = own
        ? JdkClients.create(client.getConfiguration(), settings.network())
        : settings.network().httpClient();
    // closed with the client; its own HttpClient (never a supplied one) is stopped with it
    ResponsesConnection connection;
    try {
      connection = new ResponsesConnection(new SocketDialer(http, settings), settings, options,
          listeners, closed -> {
            connections.remove(closed);
            if (own) {
              JdkClients.shutdownNow(http);
            }
          });
    } catch (RuntimeException notOpened) {
      if (own) {
        JdkClients.shutdownNow(http);
      }
      throw notOpened;
    }
    connections.add(connection);
    return connection;
  }

  @Override
  public RawResponsesClient withRawResponse() {
    return raw;
  }

  /** Every call, with the answer's status and headers: the plain calls take the body. */
  private final class Raw implements RawResponsesClient {

    @Override
    public RawResponse<Response> create(CreateResponseRequest request, RequestOptions options) {
      Objects.requireNonNull(request, "request");
      if (Boolean.TRUE.equals(request.stream())) {
        throw new IllegalArgumentException(
            "create() answers with one JSON response: send the request without stream: true");
      }
      return call(ClientCall.Operation.CREATE, post(List.of("responses"), json(request)),
          request, options, Response.class);
    }

    @Override
    public RawResponse<ResponseStream> stream(CreateResponseRequest request,
        RequestOptions options) {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(options, "options");
      CreateResponseRequest streaming = Boolean.TRUE.equals(request.stream()) ? request
          : request.toBuilder().stream(true).build();
      Transport.Call call = new Transport.Call("POST", List.of("responses"), Map.of(),
          json(streaming), MediaType.SERVER_SENT_EVENTS_TYPE);
      return open(call, listened(ClientCall.Operation.STREAM, call, request), options,
          Boolean.TRUE.equals(request.background()));
    }

    @Override
    public RawResponse<Response> retrieve(String responseId, RequestOptions options) {
      return call(ClientCall.Operation.RETRIEVE, get(List.of("responses", id(responseId)),
          Map.of()), null, options, Response.class);
    }

    @Override
    public RawResponse<DeletedResponse> delete(String responseId, RequestOptions options) {
      String id = id(responseId);
      Transport.Call call = new Transport.Call("DELETE", List.of("responses", id), Map.of(),
          null, MediaType.APPLICATION_JSON_TYPE);
      ClientCall listened = listened(ClientCall.Operation.DELETE, call, null);
      return observed(listened, () -> transport.call(call, listened, limits(options),
          response -> {
            // The API documents no body for a deletion; some servers send none.
            String text = Bodies.text(response, response.getHeaderString("x-request-id"));
            return new RawResponse<>(response.getStatus(), ApiErrors.headers(response),
                text.isBlank() ? new DeletedResponse(id, "response", true)
                    : Bodies.read(response, DeletedResponse.class, text));
          }), RawResponse::body);
    }

    @Override
    public RawResponse<Response> cancel(String responseId, RequestOptions options) {
      return call(ClientCall.Operation.CANCEL,
          post(List.of("responses", id(responseId), "cancel"), null), null, options,
          Response.class);
    }

    @Override
    public RawResponse<InputItemList> listInputItems(String responseId,
        InputItemsParams params, RequestOptions options) {
      Objects.requireNonNull(params, "params");
      Map<String, List<String>> query = new LinkedHashMap<>();
      if (params.limit() != null) {
        query.put("limit", List.of(params.limit().toString()));
      }
      if (params.order() != null) {
        query.put("order", List.of(params.order()));
      }
      if (params.after() != null) {
        query.put("after", List.of(params.after()));
      }
      if (!params.include().isEmpty()) {
        query.put("include", params.include());
      }
      return call(ClientCall.Operation.LIST_INPUT_ITEMS,
          get(List.of("responses", id(responseId), "input_items"), query), null, options,
          InputItemList.class);
    }

    @Override
    public RawResponse<InputTokenCount> countInputTokens(InputTokensRequest request,
        RequestOptions options) {
      Objects.requireNonNull(request, "request");
      return call(ClientCall.Operation.COUNT_INPUT_TOKENS,
          post(List.of("responses", "input_tokens"), json(request)), request, options,
          InputTokenCount.class);
    }

    private <T> RawResponse<T> call(ClientCall.Operation operation, Transport.Call call,
        Object request, RequestOptions options, Class<T> type) {
      ClientCall listened = listened(operation, call, request);
      return observed(listened, () -> transport.call(call, listened, limits(options),
          response -> new RawResponse<>(response.getStatus(), ApiErrors.headers(response),
              Bodies.read(response, type))), RawResponse::body);
    }
  }

  @Override
  public void close() {
    transport.close();
    for (ResponsesConnection connection : List.copyOf(connections)) {
      connection.close();
    }
    client.close();
    if (ownsExecutor) {
      executor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "ResponsesClient[" + settings + "]";
  }

  private static Transport.Call post(List<String> path, byte[] body) {
    return new Transport.Call("POST", path, Map.of(), body, MediaType.APPLICATION_JSON_TYPE);
  }

  private static Transport.Call get(List<String> path, Map<String, List<String>> query) {
    return new Transport.Call("GET", path, query, null, MediaType.APPLICATION_JSON_TYPE);
  }

  private static byte[] json(Object request) {
    return ResponsesJson.toJson(request).getBytes(StandardCharsets.UTF_8);
  }

  /** The call's options resolved once against the client's settings. */
  private CallSettings limits(RequestOptions options) {
    return CallSettings.of(options, settings);
  }

  private static String id(String responseId) {
    if (responseId == null || responseId.isBlank()) {
      throw new IllegalArgumentException(
          "responseId is " + (responseId == null ? "null" : "blank"));
    }
    return responseId;
  }
}
