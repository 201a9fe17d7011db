package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads successful answers into model types, within a size limit. */
final class Bodies {

  /** Larger than any answer the API sends (an image-generation response is a few MB). */
  static final int LARGEST_BODY = 64 * 1024 * 1024;

  private Bodies() {}

  static <T> T read(Response response, Class<T> type) {
    return read(response, type, text(response, response.getHeaderString("x-request-id")));
  }

  /** Reads a body already taken as text. */
  static <T> T read(Response response, Class<T> type, String text) {
    String requestId = response.getHeaderString("x-request-id");
    try {
      return ResponsesJson.fromJson(text, type);
    } catch (ResponsesJsonException e) {
      throw new InvalidResponseException("HTTP " + response.getStatus() + " answered with a body"
          + " that is not a " + type.getSimpleName() + ": " + e.getMessage()
          + (requestId == null ? "" : " [request id " + requestId + "]"),
          response.getStatus(), requestId, e);
    }
  }

  static String text(Response response, String requestId) {
    if (!response.hasEntity()) {
      return "";
    }
    try (InputStream in = response.readEntity(InputStream.class)) {
      byte[] bytes = in.readNBytes(LARGEST_BODY + 1);
      if (bytes.length > LARGEST_BODY) {
        throw new InvalidResponseException("HTTP " + response.getStatus() + " answered with a body"
            + " larger than " + LARGEST_BODY + " bytes", response.getStatus(), requestId, null);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Reading the body failed: the transport maps it and decides whether to retry.
      throw new jakarta.ws.rs.ProcessingException(new UncheckedIOException(e).getCause());
    }
  }
}
