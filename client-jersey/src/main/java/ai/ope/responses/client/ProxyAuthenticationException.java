package ai.ope.responses.client;

/**
 * The HTTP proxy refused the request for want of valid credentials ({@code 407 Proxy
 * Authentication Required}): none were configured, or the proxy rejected them. The message names
 * the proxy, never the password. Not retried: the same credentials would be refused again, and
 * repeated failures may lock the account at the proxy.
 */
public class ProxyAuthenticationException extends ConnectionException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what the proxy answered, naming it
   * @param cause the underlying failure, or null
   */
  public ProxyAuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
