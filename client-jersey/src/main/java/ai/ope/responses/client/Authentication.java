package ai.ope.responses.client;

import jakarta.ws.rs.core.HttpHeaders;

/**
 * How a request proves who sends it: a header ({@code Authorization: Bearer <key>} by default, or
 * a gateway's own such as {@code api-key: <key>}) whose value is a fixed API key or a token asked
 * of an {@link AccessTokenSupplier} on every attempt. {@link #toString()} shows neither.
 */
final class Authentication {

  private final String header;
  private final boolean bearer;
  private final String apiKey;
  private final AccessTokenSupplier tokens;

  /**
   * @param header the header's name; {@code Authorization} sends {@code Bearer <key>}, any other
   *     the bare key
   * @param apiKey the fixed key, or null when {@code tokens} gives them
   * @param tokens the token supplier, or null for the fixed key
   */
  Authentication(String header, String apiKey, AccessTokenSupplier tokens) {
    this.header = header;
    this.bearer = header.equalsIgnoreCase(HttpHeaders.AUTHORIZATION);
    this.apiKey = apiKey;
    this.tokens = tokens;
  }

  /** The name of the header that carries the credential. */
  String header() {
    return header;
  }

  /**
   * The header's value for one attempt: the key, or a fresh token from the supplier.
   *
   * @throws AccessTokenException when the supplier fails or gives no usable token
   */
  String value() {
    String credential = tokens == null ? apiKey : token();
    return bearer ? "Bearer " + credential : credential;
  }

  private String token() {
    String token;
    try {
      token = tokens.token();
    } catch (Exception e) {
      // the supplier's message is not repeated: it may hold what it was refreshing with
      throw new AccessTokenException("The AccessTokenSupplier threw " + e.getClass().getName()
          + "; nothing was sent", e);
    } catch (LinkageError e) {
      throw new AccessTokenException("The AccessTokenSupplier failed with "
          + e.getClass().getName() + "; nothing was sent", e);
    }
    if (token == null || token.isBlank()) {
      throw new AccessTokenException("The AccessTokenSupplier returned "
          + (token == null ? "null" : "a blank token") + "; nothing was sent", null);
    }
    String stripped = token.strip();
    if (stripped.regionMatches(true, 0, "Bearer ", 0, 7) && bearer) {
      stripped = stripped.substring(7).strip();
    }
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c < ' ' || c == 0x7f || c > 0xff) {
        throw new AccessTokenException("The AccessTokenSupplier returned a token with a"
            + " character a header cannot carry; nothing was sent", null);
      }
    }
    return stripped;
  }

  @Override
  public String toString() {
    return "Authentication[" + header + (bearer ? ": Bearer " : ": ")
        + (tokens == null ? "***" : "(token supplier)") + "]";
  }
}
