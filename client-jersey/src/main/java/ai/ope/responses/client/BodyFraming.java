package ai.ope.responses.client;

import java.net.ProtocolException;
import java.util.List;
import java.util.Locale;

/** Chooses how an answer's body ends, from its head. */
final class BodyFraming {

  private BodyFraming() {}

  /**
   * The body as the head frames it (RFC 9112 section 6.3): none, chunked, of a length, or up to
   * the end of the connection.
   *
   * @param reusable whether the connection may carry another request after this body
   * @param readTimeout the longest wait for each read, in milliseconds, for messages
   * @throws ProtocolException when the head's framing is contradictory
   */
  static ResponseBody body(HttpConnection connection, ConnectionPool pool, String method,
      ResponseHead head, boolean reusable, int readTimeout) throws ProtocolException {
    if (head.bodiless(method)) {
      return new FixedLengthBody(connection, pool, 0, reusable, readTimeout);
    }
    List<String> coding = head.headers().get("transfer-encoding");
    if (coding != null) {
      // chunked must be the last coding; any other framing ends with the connection
      String last = coding.get(coding.size() - 1);
      boolean chunked = last.strip().toLowerCase(Locale.ROOT).endsWith("chunked");
      return chunked ? new ChunkedBody(connection, pool, reusable, readTimeout)
          : new FixedLengthBody(connection, pool, -1, false, readTimeout);
    }
    List<String> lengths = head.headers().get("content-length");
    if (lengths == null) {
      return new FixedLengthBody(connection, pool, -1, false, readTimeout);
    }
    return new FixedLengthBody(connection, pool, length(lengths), reusable, readTimeout);
  }

  private static long length(List<String> values) throws ProtocolException {
    long length = -1;
    for (String value : values) {
      for (String item : value.split(",")) {
        long parsed;
        try {
          parsed = Long.parseLong(item.strip());
        } catch (NumberFormatException e) {
          parsed = -1;
        }
        if (parsed < 0 || (length >= 0 && parsed != length)) {
          throw new ProtocolException("invalid Content-Length in the answer");
        }
        length = parsed;
      }
    }
    return length;
  }
}
