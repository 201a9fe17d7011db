package ai.ope.responses.api;

import ai.ope.responses.api.stream.ServerSentEventReaderFuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fuzz tests' invariants over every file of the recorded corpus in {@code ../shared/corpus},
 * read where it lies (it is not copied into the project), whatever their size: requests as create
 * requests, response bodies as responses, streams through the SSE readers and the event
 * binding. Skipped, saying why, where the corpus is absent.
 */
class CorpusFuzzRegressionTest {

  @TestFactory
  Stream<DynamicTest> everyRecordedFileKeepsTheFuzzInvariants() {
    return SharedFixtures.each("corpus", corpus -> interactions(corpus).map(folder ->
        DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder))));
  }

  private static void check(Path folder) throws IOException {
    Path request = folder.resolve("request.json");
    if (Files.exists(request)) {
      ResponsesJsonFuzzTest.readsAndWritesBack(
          Files.readAllBytes(request), CreateResponseRequest.class);
    }
    Path response = folder.resolve("response.json");
    if (Files.exists(response)) {
      ResponsesJsonFuzzTest.readsAndWritesBack(Files.readAllBytes(response), Response.class);
    }
    Path stream = folder.resolve("response.sse");
    if (Files.exists(stream)) {
      ServerSentEventReaderFuzzTest.check(Files.readAllBytes(stream));
    }
  }

  private static Stream<Path> interactions(Path corpus) {
    try (Stream<Path> folders = Files.list(corpus)) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
