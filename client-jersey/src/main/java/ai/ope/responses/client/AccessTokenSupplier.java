package ai.ope.responses.client;

/**
 * Gives the token a request is authenticated with, for credentials that change while the client
 * lives (an Azure AD or gateway token that rotates): set with
 * {@link ResponsesClientBuilder#bearerTokenSupplier(AccessTokenSupplier)}, or, for an injected
 * client, as a CDI bean of this type.
 *
 * <p>It is called on every attempt of every call, retries included, on the thread that sends the
 * attempt: it should answer from a cache and refresh the token only when it is about to expire.
 * It may be called by several threads at once. The token is sent where the API key would be
 * ({@code Authorization: Bearer <token>}, or the header of
 * {@link ResponsesClientBuilder#apiKeyHeader(String)}) and never logged or shown.
 */
@FunctionalInterface
public interface AccessTokenSupplier {

  /**
   * The token to send now.
   *
   * @return the token, without a {@code Bearer } prefix; null or blank fails the attempt with an
   *     {@link AccessTokenException}
   * @throws Exception when no token can be had; the call fails with an
   *     {@link AccessTokenException} that has it as its cause, and nothing is sent
   */
  String token() throws Exception;
}
