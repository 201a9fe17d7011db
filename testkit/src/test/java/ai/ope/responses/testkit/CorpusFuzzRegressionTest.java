package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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
    return SharedFolder.eachCorpusFolder(folder -> true, CorpusFuzzRegressionTest::check);
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
