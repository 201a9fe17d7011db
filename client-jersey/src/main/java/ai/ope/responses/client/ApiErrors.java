package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import ai.ope.responses.api.ErrorResponse;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an error answer into the typed {@link ApiException}, reading and closing it. */
final class ApiErrors {

  /** Error bodies are small; a larger one is cut (a misbehaving proxy). */
  private static final int LARGEST_ERROR_BODY = 64 * 1024;

  private ApiErrors() {}

  static ApiException from(Response response, String apiKey) {
    try (response) {
      Map<String, List<String>> headers = headers(response);
      String body = Secrets.mask(body(response), apiKey);
      ApiError error = null;
      if (!body.isBlank()) {
        try {
          error = ResponsesJson.fromJson(body, ErrorResponse.class).error();
        } catch (ResponsesJsonException notAnEnvelope) {
          // an HTML page or plain text from a proxy: kept as the body
        }
      }
      return ApiException.of(response.getStatus(), error, response.getHeaderString("x-request-id"),
          headers, body);
    }
  }

  static Map<String, List<String>> headers(Response response) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.getStringHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return headers;
  }

  private static String body(Response response) {
    if (!response.hasEntity()) {
      return "";
    }
    try (InputStream in = response.readEntity(InputStream.class)) {
      return new String(in.readNBytes(LARGEST_ERROR_BODY), StandardCharsets.UTF_8);
    } catch (IOException | ProcessingException | IllegalStateException unreadable) {
      return "";
    }
  }
}
