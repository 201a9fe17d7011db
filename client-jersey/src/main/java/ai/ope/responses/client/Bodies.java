package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads successful answers into model types, within a size limit. */
final class Bodies {

  /** Larger than any answer the API sends (an image-generation response is a few MB). */
  static final int LARGEST_BODY = 64 * 1024 * 1024;

  private Bodies() {}

  static <T> T read(Response response, Class<T> type) {
    String requestId = response.getHeaderString("x-request-id");
    byte[] body = bytes(response, requestId);
    try {
      // from the bytes: a megabyte answer is not decoded into a string first
      return ResponsesJson.fromJson(body, type);
    } catch (ResponsesJsonException e) {
      throw notA(type, response, requestId, e);
    }
  }

  /** Reads a body already taken as text. */
  static <T> T read(Response response, Class<T> type, String text) {
    String requestId = response.getHeaderString("x-request-id");
    try {
      return ResponsesJson.fromJson(text, type);
    } catch (ResponsesJsonException e) {
      throw notA(type, response, requestId, e);
    }
  }

  private static InvalidResponseException notA(Class<?> type, Response response,
      String requestId, ResponsesJsonException e) {
    return new InvalidResponseException("HTTP " + response.getStatus() + " answered with a body"
        + " that is not a " + type.getSimpleName() + ": " + e.getMessage()
        + (requestId == null ? "" : " [request id " + requestId + "]"),
        response.getStatus(), requestId, e);
  }

  static String text(Response response, String requestId) {
    return new String(bytes(response, requestId), StandardCharsets.UTF_8);
  }

  /** The whole body, at most {@link #LARGEST_BODY} bytes. */
  static byte[] bytes(Response response, String requestId) {
    if (!response.hasEntity()) {
      return new byte[0];
    }
    int declared = response.getLength();
    try (InputStream in = response.readEntity(InputStream.class)) {
      byte[] bytes;
      if (declared >= 0 && declared <= LARGEST_BODY) {
        // one array of the declared size, filled in large reads; a short body stays short and
        // fails to parse with its own message
        bytes = new byte[declared];
        int read = in.readNBytes(bytes, 0, declared);
        bytes = read == declared ? bytes : Arrays.copyOf(bytes, read);
        in.read(); // the end of the body, so the connection is released as complete
      } else {
        bytes = in.readNBytes(LARGEST_BODY + 1);
      }
      if (bytes.length > LARGEST_BODY) {
        throw new InvalidResponseException("HTTP " + response.getStatus() + " answered with a body"
            + " larger than " + LARGEST_BODY + " bytes", response.getStatus(), requestId, null);
      }
      return bytes;
    } catch (IOException e) {
      // Reading the body failed: the transport maps it and decides whether to retry.
      throw new jakarta.ws.rs.ProcessingException(new UncheckedIOException(e).getCause());
    }
  }
}
