package ai.ope.responses.client;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The API key every client test uses: unmistakable, and never expected outside the request's
 * {@code Authorization} header. {@link SecretCanaryCheck} fails the run if it turns up in a log
 * record, a test failure or a file written during the run.
 *
 * <p>Its tail is drawn at random for each run, so the compiled test classes do not contain it
 * and any file that does was written with it during this run.
 */
public final class SecretCanary {

  /** The canary key, {@code sk-canary-} and 32 random hex digits. */
  public static final String KEY = "sk-canary-" + HexFormat.of().formatHex(random(16));

  private SecretCanary() {}

  /**
   * A second key for tests that need several accounts; still contains the canary, so it is
   * caught where the canary is.
   *
   * @param account a name for the account, e.g. {@code batch}
   * @return the canary with the account appended
   */
  public static String forAccount(String account) {
    return KEY + "-" + account;
  }

  private static byte[] random(int bytes) {
    byte[] tail = new byte[bytes];
    new SecureRandom().nextBytes(tail);
    return tail;
  }
}
