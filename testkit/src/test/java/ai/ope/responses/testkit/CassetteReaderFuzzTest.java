package ai.ope.responses.testkit;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ai.ope.responses.testkit.InMemoryExchange.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary cassette files loaded from a temporary folder. An input is a list of files, each
 * introduced by a line {@code === NAME} (or {@code === N/NAME} for the N-th interaction), where
 * NAME is one of the files a cassette holds: {@code request.json}, {@code response.json},
 * {@code response.sse}, or the shared corpus's {@code meta.json} and {@code status.txt}.
 *
 * <p>Invariants: loading ends in a cassette or in the documented
 * {@link IllegalArgumentException} naming the folder or file at fault (never another exception:
 * the files are all readable); and a cassette that loads replays: each recorded request, sent to
 * a server holding the cassette, is answered with its recorded status, without an exception.
 */
class CassetteReaderFuzzTest {

  static final int MAX_INPUT = 64 * 1024;
  private static final Pattern FILE =
      Pattern.compile("(?m)^=== (?:([1-9])/)?(request\\.json|response\\.json|response\\.sse"
          + "|meta\\.json|status\\.txt)\\r?\\n");
  private static Path temp;

  @AfterAll
  static void deleteTemp() throws IOException {
    if (temp != null) {
      delete(temp);
    }
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void loadsOrNamesTheFaultyFile(byte[] input) throws IOException {
    if (input.length > MAX_INPUT) {
      return;
    }
    Path folder = writeCassette(input);
    Cassette cassette;
    try {
      cassette = Cassette.load(folder);
    } catch (IllegalArgumentException documented) {
      String message = String.valueOf(documented.getMessage());
      if (!message.contains(folder.toString())) {
        throw new AssertionError("a cassette error that names no file: " + message, documented);
      }
      return;
    } catch (UncheckedIOException e) {
      throw new AssertionError("the files are readable, yet: " + e.getMessage(), e);
    }
    replays(cassette);
  }

  private static void replays(Cassette cassette) throws IOException {
    CassetteMatcher cassettes = new CassetteMatcher(Set.of());
    cassettes.add(cassette);
    Dispatcher dispatcher = new Dispatcher(
        ServerConfig.of(Clock.systemUTC(), FakeResponsesServer.Fallback.STRICT, Long.MAX_VALUE),
        new Journal(0), new Stubs(), cassettes, new ResponseStore(), null);
    for (Interaction interaction : cassette.interactions()) {
      URI uri;
      try {
        uri = new URI(interaction.path()
            + (interaction.query().isEmpty() ? "" : "?" + interaction.query()));
      } catch (URISyntaxException notSendable) {
        continue;
      }
      if (uri.getRawPath() == null || !uri.getRawPath().equals(interaction.path())
          || !interaction.path().startsWith("/") || !isToken(interaction.method())) {
        continue; // no client could send this request
      }
      Headers headers = new Headers();
      headers.add("Content-Type", "application/json");
      InMemoryExchange exchange = new InMemoryExchange(interaction.method(), uri, headers,
          interaction.requestBody().getBytes(StandardCharsets.UTF_8));
      dispatcher.handle(exchange);
      if (exchange.status() != interaction.reply().status) {
        throw new AssertionError("interaction " + interaction.name() + " replayed with "
            + exchange.status() + " instead of " + interaction.reply().status + ": "
            + new String(exchange.body(), StandardCharsets.UTF_8));
      }
    }
  }

  private static boolean isToken(String method) {
    return !method.isEmpty() && method.chars().allMatch(c -> c > ' ' && c < 127);
  }

  /** Writes the input's files into a fresh cassette folder. */
  private static Path writeCassette(byte[] input) throws IOException {
    if (temp == null) {
      temp = Files.createTempDirectory("cassette-fuzz");
    }
    Path folder = temp.resolve("cassette");
    delete(folder);
    Files.createDirectories(folder.resolve("001-fuzz"));
    // ISO-8859-1 keeps every byte as one char, so the file contents stay the fuzzer's bytes.
    String text = new String(input, StandardCharsets.ISO_8859_1);
    Matcher file = FILE.matcher(text);
    int interaction = 1;
    String name = null;
    int start = 0;
    while (true) {
      boolean found = file.find();
      if (name != null) {
        Path dir = folder.resolve(String.format("%03d-fuzz", interaction));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), text.substring(start, found ? file.start() : text.length())
            .getBytes(StandardCharsets.ISO_8859_1));
      }
      if (!found) {
        return folder;
      }
      interaction = file.group(1) == null ? 1 : Integer.parseInt(file.group(1));
      name = file.group(2);
      start = file.end();
    }
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> all = Files.walk(path)) {
      for (Path each : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(each);
      }
    }
  }
}
