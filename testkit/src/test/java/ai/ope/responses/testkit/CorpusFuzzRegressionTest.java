package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DispatcherFuzzTest}'s invariants over every request of the recorded corpus in
 * {@code ../shared/corpus}, read where it lies (it is not copied into the project): sent to a
 * fake server with the strict and with the echo fallback, each gets a 2xx, or a 4xx with the
 * error envelope. (That the corpus loads as a cassette and replays is CorpusCassetteTest's.)
 * Skipped, saying why, where the corpus is absent.
 */
class CorpusFuzzRegressionTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedRequestIsAnsweredWithAnEnvelope() {
    Path corpus = Path.of(System.getProperty("responses.shared.dir", "../../shared"), "corpus")
        .toAbsolutePath().normalize();
    if (!Files.isDirectory(corpus)) {
      return Stream.of(DynamicTest.dynamicTest("corpus absent", () -> Assumptions.abort(
          "skipped: " + corpus + " is absent (the shared corpus lives beside the repository)")));
    }
    try (Stream<Path> folders = Files.list(corpus)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream().map(folder ->
          DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void check(Path folder) throws IOException {
    JsonObject meta = Json.parse(Files.readString(folder.resolve("meta.json")))
        .orElseThrow().asJsonObject();
    Path request = folder.resolve("request.json");
    String body = Files.exists(request)
        ? Files.readString(request, StandardCharsets.UTF_8) : "";
    DispatcherFuzzTest.check(meta.getString("method") + " " + meta.getString("url_path")
        + "\nContent-Type: application/json\n\n" + body);
  }
}
