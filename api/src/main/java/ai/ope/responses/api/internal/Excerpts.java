package ai.ope.responses.api.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short, safe excerpts of input text for error messages. */
final class Excerpts {

  private static final int RADIUS = 32;
  /** How far outside the excerpt to look for a secret that reaches into it. */
  private static final int SECRET_REACH = 512;
  private static final Pattern SECRETS =
      Pattern.compile("(?:sk-|Bearer\\s+)([A-Za-z0-9._\\-]{4,})", Pattern.CASE_INSENSITIVE);

  private Excerpts() {}

  /**
   * The text around {@code offset} on one line, with every character of anything that looks like
   * an API key or bearer token replaced by {@code *}; null when there is no text.
   */
  static String around(CharSequence text, long offset) {
    if (text == null || offset < 0) {
      return null;
    }
    int at = (int) Math.min(offset, text.length());
    int from = Math.max(0, at - RADIUS);
    int to = Math.min(text.length(), at + RADIUS);
    char[] window = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      window[i - from] = Character.isISOControl(c) ? ' ' : c;
    }
    // Secrets are found in a wider region, so a key whose prefix lies before the excerpt is
    // still masked.
    Matcher secrets = SECRETS.matcher(text)
        .region(Math.max(0, from - SECRET_REACH), Math.min(text.length(), to + SECRET_REACH));
    while (secrets.find()) {
      for (int i = Math.max(from, secrets.start(1)); i < Math.min(to, secrets.end(1)); i++) {
        window[i - from] = '*';
      }
    }
    return (from > 0 ? "…" : "") + new String(window) + (to < text.length() ? "…" : "");
  }
}
