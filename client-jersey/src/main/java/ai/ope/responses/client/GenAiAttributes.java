package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.Usage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.List;

/**
 * The attributes of the OpenTelemetry GenAI semantic conventions of semantic-conventions v1.41.0
 * (status Development; the last release before they moved to the semantic-conventions-genai
 * repository) for the calls of the Responses API, provider {@code openai}. Operations the
 * conventions do not name (retrieve, delete...) get a name of their own, in the same snake_case
 * form. The client never emitted an earlier version, so {@code OTEL_SEMCONV_STABILITY_OPT_IN}
 * (which keeps instrumentations of v1.36.0 or before on their old names) changes nothing.
 */
final class GenAiAttributes {

  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
  static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  static final AttributeKey<Double> TEMPERATURE =
      AttributeKey.doubleKey("gen_ai.request.temperature");
  static final AttributeKey<Double> TOP_P = AttributeKey.doubleKey("gen_ai.request.top_p");
  static final AttributeKey<Long> MAX_TOKENS = AttributeKey.longKey("gen_ai.request.max_tokens");
  static final AttributeKey<String> RESPONSE_ID = AttributeKey.stringKey("gen_ai.response.id");
  static final AttributeKey<String> RESPONSE_MODEL =
      AttributeKey.stringKey("gen_ai.response.model");
  static final AttributeKey<List<String>> FINISH_REASONS =
      AttributeKey.stringArrayKey("gen_ai.response.finish_reasons");
  static final AttributeKey<Long> INPUT_TOKENS = AttributeKey.longKey("gen_ai.usage.input_tokens");
  static final AttributeKey<Long> OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.output_tokens");
  /**
   * Token details, as the GenAI conventions' own repository (semantic-conventions-genai v0.1.0)
   * names them; set only when non-zero, as it recommends.
   */
  static final AttributeKey<Long> CACHE_READ_INPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens");
  static final AttributeKey<Long> REASONING_OUTPUT_TOKENS =
      AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens");
  static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  /**
   * The transport of a call on a WebSocket connection, {@code websocket}; HTTP calls leave it
   * unset, as the general conventions ask when the protocol is {@code http}.
   */
  static final AttributeKey<String> NETWORK_PROTOCOL =
      AttributeKey.stringKey("network.protocol.name");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> INPUT_MESSAGES =
      AttributeKey.stringKey("gen_ai.input.messages");
  static final AttributeKey<String> SYSTEM_INSTRUCTIONS =
      AttributeKey.stringKey("gen_ai.system_instructions");
  static final AttributeKey<String> OUTPUT_MESSAGES =
      AttributeKey.stringKey("gen_ai.output.messages");

  private GenAiAttributes() {}

  /**
   * The {@code gen_ai.operation.name}: {@code chat} for what generates a response, over HTTP or a
   * socket; a socket's warm-up, which generates nothing, is {@code warm_up}.
   */
  static String operation(ClientCall.Operation operation) {
    return switch (operation) {
      case CREATE, STREAM, SOCKET_CREATE -> "chat";
      case SOCKET_WARM_UP -> "warm_up";
      case RESUME_STREAM -> "resume_stream";
      case RETRIEVE -> "retrieve_response";
      case DELETE -> "delete_response";
      case CANCEL -> "cancel_response";
      case LIST_INPUT_ITEMS -> "list_input_items";
      case COUNT_INPUT_TOKENS -> "count_input_tokens";
    };
  }

  /** The model the request names, or null. */
  static String requestModel(ClientCall call) {
    Object request = call.request().orElse(null);
    if (request instanceof CreateResponseRequest create) {
      return create.model();
    }
    return request instanceof InputTokensRequest count ? count.model() : null;
  }

  /** What both the span and the metrics carry, known when the call starts. */
  static AttributesBuilder common(ClientCall call, String model) {
    AttributesBuilder attributes = Attributes.builder()
        .put(OPERATION, operation(call.operation()))
        .put(PROVIDER, "openai")
        .put(SERVER_ADDRESS, call.endpoint().getHost())
        .put(SERVER_PORT, (long) port(call));
    if (model != null) {
      attributes.put(REQUEST_MODEL, model);
    }
    if (call.operation().isSocket()) {
      attributes.put(NETWORK_PROTOCOL, "websocket");
    }
    return attributes;
  }

  /** The request parameters that are set. */
  static void requestParameters(ClientCall call, AttributesBuilder attributes) {
    if (call.request().orElse(null) instanceof CreateResponseRequest create) {
      if (create.temperature() != null) {
        attributes.put(TEMPERATURE, create.temperature());
      }
      if (create.topP() != null) {
        attributes.put(TOP_P, create.topP());
      }
      if (create.maxOutputTokens() != null) {
        attributes.put(MAX_TOKENS, (long) create.maxOutputTokens());
      }
    }
  }

  /** What the response tells: id, model, why it finished, the tokens used. */
  static void response(Response response, AttributesBuilder attributes) {
    if (response.id() != null) {
      attributes.put(RESPONSE_ID, response.id());
    }
    if (response.model() != null) {
      attributes.put(RESPONSE_MODEL, response.model());
    }
    String reason = finishReason(response);
    if (reason != null) {
      attributes.put(FINISH_REASONS, List.of(reason));
    }
    Usage usage = response.usage();
    if (usage != null && usage.inputTokens() != null) {
      attributes.put(INPUT_TOKENS, (long) usage.inputTokens());
    }
    if (usage != null && usage.outputTokens() != null) {
      attributes.put(OUTPUT_TOKENS, (long) usage.outputTokens());
    }
    if (usage != null && usage.inputTokensDetails() != null) {
      putIfPositive(attributes, CACHE_READ_INPUT_TOKENS,
          usage.inputTokensDetails().cachedTokens());
    }
    if (usage != null && usage.outputTokensDetails() != null) {
      putIfPositive(attributes, REASONING_OUTPUT_TOKENS,
          usage.outputTokensDetails().reasoningTokens());
    }
  }

  private static void putIfPositive(AttributesBuilder attributes, AttributeKey<Long> key,
      Integer tokens) {
    if (tokens != null && tokens > 0) {
      attributes.put(key, (long) tokens);
    }
  }

  /**
   * Why the response finished: the reason it is incomplete, else its status
   * ({@code completed}, {@code failed}, {@code cancelled}).
   */
  static String finishReason(Response response) {
    if (response.incompleteDetails() != null && response.incompleteDetails().reason() != null) {
      return response.incompleteDetails().reason();
    }
    return response.status();
  }

  private static int port(ClientCall call) {
    int port = call.endpoint().getPort();
    String scheme = call.endpoint().getScheme();
    return port != -1 ? port : "https".equals(scheme) || "wss".equals(scheme) ? 443 : 80;
  }
}
