package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/admin-api.md} documents every endpoint and every member a reply takes. */
class AdminDocsTest {

  private static final Path DOC = Path.of("..", "docs", "admin-api.md");

  @Test
  void everyEndpointAndReplyMemberHasItsRowInTheReference() throws Exception {
    List<String> firstCells = Files.readAllLines(DOC).stream()
        .filter(line -> line.startsWith("| "))
        .map(line -> line.substring(2, line.indexOf(" |", 1)))
        .toList();

    for (String endpoint : AdminAnswers.ENDPOINTS) {
      assertThat(firstCells).as("endpoint " + endpoint)
          .anyMatch(cell -> cell.startsWith("`" + endpoint));
    }
    for (String member : ReplyDescription.MEMBERS) {
      assertThat(firstCells).as("reply member " + member)
          .anyMatch(cell -> cell.contains("`" + member + "`"));
    }
  }
}
