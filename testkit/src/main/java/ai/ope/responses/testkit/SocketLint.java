package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks a recorded WebSocket connection's folder (its {@value SocketTranscript#FILE}): that the
 * file reads, that the connection was opened on {@code /v1/responses}, that each frame is what
 * its side may send, that each server frame answers an event, and that each answer is a stream a
 * client can read. Each defect names the file and the line a user opens it at.
 */
final class SocketLint {

  private static final String PATH = "/v1/responses";

  private SocketLint() {}

  /** A defect: the line it is about, and what follows the line number. */
  private record Finding(int line, String text) {}

  /**
   * The connection's defects, in line order, each starting with the file's name.
   *
   * @throws IllegalArgumentException when the file is a link out of the folder, naming it
   * @throws UncheckedIOException when it cannot be read
   */
  static List<String> check(Path folder) {
    Path file = CassettePaths.inside(folder, folder.resolve(SocketTranscript.FILE));
    String text = read(file);
    SocketTranscript transcript;
    try {
      transcript = SocketTranscript.parse(text);
    } catch (IllegalArgumentException malformed) {
      return List.of(SocketTranscript.FILE + ": cannot be loaded, connection skipped: "
          + malformed.getMessage());
    }
    List<Integer> lines = contentLines(text);
    List<Finding> found = new ArrayList<>();
    if (!transcript.path().equals(PATH)) {
      found.add(new Finding(lines.get(0), ": the connection is opened on "
          + ApiErrors.shown(transcript.path()) + ", not " + PATH));
    }
    SocketTurnLint turns = new SocketTurnLint((line, defect) -> found.add(new Finding(line,
        defect)));
    List<SocketTranscript.Frame> frames = transcript.frames();
    for (int i = 0; i < frames.size(); i++) {
      int line = lines.get(i + 1);
      String frame = frames.get(i).text();
      List<String> defects = new ArrayList<>();
      // the frame's own defects first: a line's defects then read from the frame outwards
      if (frames.get(i).fromClient()) {
        defects.addAll(SocketFrameLint.client(frame));
        defects.forEach(defect -> found.add(new Finding(line, ": " + defect)));
        turns.sent(line, SocketFrameLint.lane(frame));
      } else {
        Optional<JsonObject> event = SocketFrameLint.server(frame, defects);
        defects.forEach(defect -> found.add(new Finding(line, ": " + defect)));
        event.ifPresent(answer -> turns.received(line, answer));
      }
    }
    turns.ended(transcript.close() != null && transcript.close().by().equals("dropped"));
    return found.stream().sorted(Comparator.comparingInt(Finding::line))
        .map(finding -> SocketTranscript.FILE + ": line " + finding.line() + finding.text())
        .toList();
  }

  /**
   * The numbers (from 1) of the lines the transcript reads, in order: the opening line, one per
   * frame, and the close line. Blank and comment lines are skipped, as the reader skips them.
   */
  private static List<Integer> contentLines(String text) {
    String[] lines = text.split("\r?\n", -1);
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i].startsWith("#")) {
        numbers.add(i + 1);
      }
    }
    return numbers;
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
