package ai.ope.responses.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** Makes the TLS context of a trust store file: the certificates a client accepts. */
final class TrustStores {

  private TrustStores() {}

  /**
   * An {@link SSLContext} trusting the certificates of the store (and only them).
   *
   * @param setting the setting or configuration key, for messages
   * @param password the store's password, or null; cleared when this returns
   * @throws IllegalArgumentException naming the setting when the file cannot be read, the type
   *     is unknown, the password is wrong or the store holds no certificate (never showing the
   *     password)
   */
  static SSLContext context(Path path, String type, char[] password, String setting) {
    try {
      KeyStore store = KeyStore.getInstance(type);
      try (InputStream in = Files.newInputStream(path)) {
        store.load(in, password);
      }
      if (store.size() == 0) {
        throw new IllegalArgumentException("Invalid " + setting + ": the trust store " + path
            + " holds no certificate");
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(store);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (java.security.KeyStoreException e) {
      throw new IllegalArgumentException("Invalid " + setting + ": the trust store type \""
          + type + "\" is not known to this JVM (PKCS12 and JKS are)", e);
    } catch (IOException e) {
      boolean wrongPassword = e.getCause() instanceof java.security.UnrecoverableKeyException
          || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT)
              .contains("password");
      throw new IllegalArgumentException("Invalid " + setting + ": cannot read the trust store "
          + path + " as " + type + " (" + (wrongPassword ? "wrong password"
              : e instanceof java.nio.file.NoSuchFileException ? "no such file"
                  : e.getClass().getSimpleName()) + ")", null);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Invalid " + setting + ": the trust store " + path
          + " cannot be used (" + e.getClass().getSimpleName() + ")", e);
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }
}
