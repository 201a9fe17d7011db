package ai.ope.responses.client;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate for {@code 127.0.0.1} made for one test run by the JDK's {@code keytool}, in a
 * PKCS12 store in a temporary folder (nothing committed): the server's context, a trust store
 * holding only the certificate, and a client context trusting it. Tests are skipped, saying
 * why, where the JDK has no {@code keytool}.
 */
final class SelfSignedCertificate {

  /** The stores' password: a canary, so that any leak of it fails the run. */
  static final String PASSWORD = SecretCanary.forAccount("store");

  final Path keyStore;
  final Path trustStore;

  private SelfSignedCertificate(Path keyStore, Path trustStore) {
    this.keyStore = keyStore;
    this.trustStore = trustStore;
  }

  /** Makes the certificate in the folder. */
  static SelfSignedCertificate make(Path folder) throws IOException, InterruptedException {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    assumeTrue(Files.isExecutable(keytool), "no keytool in this JDK to make a certificate");
    Path keys = folder.resolve("server.p12");
    Path cert = folder.resolve("server.cer");
    Path trust = folder.resolve("trust.p12");
    run(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname",
        "secp256r1", "-dname", "CN=test", "-ext", "san=ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", keys.toString(), "-storepass", PASSWORD);
    run(keytool.toString(), "-exportcert", "-alias", "server", "-keystore", keys.toString(),
        "-storepass", PASSWORD, "-file", cert.toString());
    run(keytool.toString(), "-importcert", "-noprompt", "-alias", "server", "-file",
        cert.toString(), "-storetype", "PKCS12", "-keystore", trust.toString(), "-storepass",
        PASSWORD);
    return new SelfSignedCertificate(keys, trust);
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    assumeTrue(process.waitFor() == 0, "keytool could not make the certificate");
  }

  /** The server's TLS context, for {@code FakeResponsesServer.builder().tls(...)}. */
  SSLContext serverContext() throws IOException, GeneralSecurityException {
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX");
    keyManagers.init(load(keyStore), PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    return context;
  }

  /** A client context trusting the certificate only. */
  SSLContext trustingContext() throws IOException, GeneralSecurityException {
    TrustManagerFactory trust = TrustManagerFactory.getInstance("PKIX");
    trust.init(load(trustStore));
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  private static KeyStore load(Path path) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(path)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return store;
  }
}
