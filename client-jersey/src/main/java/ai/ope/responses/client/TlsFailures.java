package ai.ope.responses.client;

import jakarta.ws.rs.ProcessingException;
import java.net.URI;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Says plainly that a server's certificate is not trusted, on both transports: the JDK's own
 * message ("PKIX path building failed...") does not tell a user what to do.
 */
final class TlsFailures {

  private TlsFailures() {}

  /**
   * The failure to throw for an I/O failure, when it is a certificate refused in the handshake;
   * null otherwise.
   */
  static ProcessingException untrusted(Throwable failure, URI uri) {
    SSLHandshakeException handshake = null;
    Throwable root = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLHandshakeException found && handshake == null) {
        handshake = found;
      }
      root = cause;
    }
    boolean certificate = false;
    for (Throwable cause = handshake; cause != null; cause = cause.getCause()) {
      certificate |= cause instanceof CertificateException;
    }
    if (handshake == null || !certificate) {
      return null;
    }
    String message = "TLS handshake with " + ConnectionFailures.address(uri)
        + " failed: the server's certificate is not trusted (" + root.getMessage()
        + "); give the client a trust store that holds it or its CA (trustStore(...) or opeai.responses.trust-store) or an"
        + " sslContext(...)";
    return new ProcessingException(message, new ConnectionException(message, handshake));
  }
}
