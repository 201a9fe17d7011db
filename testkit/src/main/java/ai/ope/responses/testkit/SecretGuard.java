package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of what the recorder writes: replaces them in text, then checks that none is
 * left, also behind JSON escapes, before anything reaches a file.
 *
 * <p>Reasoning ciphertext ({@code encrypted_content}) is left alone by the pattern rules: it is
 * opaque, may contain {@code sk-…} runs by chance, and must replay unchanged. Literal secrets are
 * looked for everywhere.
 */
final class SecretGuard {

  static final String REDACTED = "<redacted>";

  private static final Pattern KEY = Pattern.compile("\\bsk-[A-Za-z0-9_-]{16,}");
  private static final Pattern BEARER =
      Pattern.compile("\\b(?i:bearer)\\s+[A-Za-z0-9._~+/-]{8,}=*");
  static final Pattern CIPHERTEXT =
      Pattern.compile("\"encrypted_content\"\\s*:\\s*\"[^\"]*\"");

  private final List<String> secrets;

  /** A guard for these literal secrets (the API key, tokens), besides the patterns. */
  SecretGuard(Collection<String> secrets) {
    this.secrets = secrets.stream().filter(secret -> secret != null && secret.length() >= 4)
        .distinct().toList();
  }

  /** The text with every secret replaced. */
  String redact(String text) {
    String literal = text;
    for (String secret : secrets) {
      literal = literal.replace(secret, REDACTED);
    }
    StringBuilder out = new StringBuilder(literal.length());
    Matcher ciphertext = CIPHERTEXT.matcher(literal);
    int from = 0;
    while (ciphertext.find()) {
      out.append(redactPatterns(literal.substring(from, ciphertext.start())));
      out.append(ciphertext.group());
      from = ciphertext.end();
    }
    return out.append(redactPatterns(literal.substring(from))).toString();
  }

  private static String redactPatterns(String text) {
    String keys = KEY.matcher(text).replaceAll("sk-" + REDACTED);
    return BEARER.matcher(keys).replaceAll("Bearer " + REDACTED);
  }

  /**
   * Why this text must not be written, if a secret is still in it: literally, or in a JSON string
   * once its escapes are decoded.
   *
   * @param text what would be written
   * @param json the same text parsed, when it is JSON (for escaped secrets), else empty
   */
  Optional<String> leak(String text, List<JsonValue> json) {
    for (String secret : secrets) {
      if (text.contains(secret)) {
        return Optional.of(describe(secret));
      }
    }
    List<String> strings = new ArrayList<>();
    json.forEach(value -> collectStrings(value, strings));
    for (String string : strings) {
      for (String secret : secrets) {
        if (string.contains(secret)) {
          return Optional.of(describe(secret) + " (behind JSON escapes)");
        }
      }
    }
    return Optional.empty();
  }

  private String describe(String secret) {
    return "a secret (" + secret.length() + " characters, starting "
        + secret.substring(0, Math.min(3, secret.length())) + "…) would be written";
  }

  private static void collectStrings(JsonValue value, List<String> strings) {
    if (value instanceof JsonString string) {
      strings.add(string.getString());
    } else if (value instanceof JsonObject object) {
      object.values().forEach(member -> collectStrings(member, strings));
    } else if (value instanceof JsonArray array) {
      array.forEach(element -> collectStrings(element, strings));
    }
  }
}
