package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks for credentials in the raw text of an interaction's files, whatever their format, so
 * that a malformed file is scanned too.
 */
final class SecretScan {

  // Stricter than the recorder's redaction (SecretGuard): replacing a harmless look-alike in a
  // recording costs nothing, reporting one as a defect would be a false alarm.
  private static final Pattern KEY = Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}");
  private static final Pattern BEARER = Pattern.compile("Bearer\\s+[A-Za-z0-9._~+/-]{16,}=*");
  /** Enough of a match to find it in the file, too little to be of use to anyone else. */
  private static final int SHOWN = 4;

  private SecretScan() {}

  /** One line per credential found, naming the file (relative to the folder) and line. */
  static List<String> scan(Path folder) {
    List<String> found = new ArrayList<>();
    for (Path file : files(folder)) {
      String name = folder.relativize(file).toString().replace('\\', '/');
      String text = withoutCiphertext(read(file));
      report(found, name, text, KEY, "sk-", "an API key");
      report(found, name, text, BEARER, "Bearer ", "a bearer token");
    }
    return found;
  }

  private static void report(List<String> found, String file, String text, Pattern pattern,
      String prefix, String what) {
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      String secret = matcher.group().substring(prefix.length()).strip();
      found.add(file + ": line " + line(text, matcher.start()) + ": " + what + " ("
          + prefix + secret.substring(0, SHOWN) + "…)");
    }
  }

  /** The text with each ciphertext value blanked, keeping offsets and line breaks. */
  private static String withoutCiphertext(String text) {
    StringBuilder blanked = new StringBuilder(text);
    // reasoning ciphertext is opaque base64 that can hold an sk-… run by chance
    Matcher ciphertext = SecretGuard.CIPHERTEXT.matcher(text);
    while (ciphertext.find()) {
      for (int i = ciphertext.start(); i < ciphertext.end(); i++) {
        if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
          blanked.setCharAt(i, ' ');
        }
      }
    }
    return blanked.toString();
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      line += text.charAt(i) == '\n' ? 1 : 0;
    }
    return line;
  }

  private static List<Path> files(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      // a link is not followed (the reader refuses one that leads out of the cassette)
      return files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
