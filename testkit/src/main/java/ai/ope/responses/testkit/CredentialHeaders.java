package ai.ope.responses.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The request headers the admin API never shows, since they carry credentials: a journal is
 * read by test reports, consoles and other people, and a key must not reach them.
 */
final class CredentialHeaders {

  private static final Set<String> NAMES = Set.of("authorization", "proxy-authorization",
      "cookie");
  /** Parts of names that carry keys and tokens: {@code api-key}, {@code OpenAI-Api-Key}... */
  private static final List<String> PARTS = List.of("api-key", "api_key", "apikey", "auth",
      "token", "secret", "password", "credential", "session");

  private CredentialHeaders() {}

  /** Whether a header, by its name in any case, may carry a credential. */
  static boolean isCredential(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return NAMES.contains(lower) || PARTS.stream().anyMatch(lower::contains);
  }
}
