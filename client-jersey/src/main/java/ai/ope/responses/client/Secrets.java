package ai.ope.responses.client;

import java.util.regex.Pattern;

/** Masks API keys and bearer tokens in text that may reach a message, a log or a file. */
final class Secrets {

  private static final Pattern KEY_LIKE =
      Pattern.compile("(sk-|Bearer\\s+)[A-Za-z0-9._\\-*]{8,}", Pattern.CASE_INSENSITIVE);

  private Secrets() {}

  /** The text with the given key, and anything that looks like a key, replaced. */
  static String mask(String text, String apiKey) {
    if (text == null) {
      return null;
    }
    String masked = apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "***");
    return KEY_LIKE.matcher(masked).replaceAll("$1***");
  }
}
