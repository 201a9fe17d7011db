package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the turns of a recorded WebSocket connection as {@link SocketTurns} splits them
 * ({@link SocketLanes}: each lane first in, first out), and checks each answer as
 * {@link StreamLint} checks an HTTP stream, its defects moved to the lines of the file.
 */
final class SocketTurnLint {

  /** A defect of StreamLint's that names an event: {@code event 3 (type)…}. */
  private static final Pattern NAMED_EVENT =
      Pattern.compile("event (\\d{1,9})(.*)", Pattern.DOTALL);

  private final SocketLanes<Turn> waiting = new SocketLanes<>();
  private final BiConsumer<Integer, String> found;

  /** A {@code response.create} event and the events answering it so far. */
  private static final class Turn {
    final int line;
    final List<Integer> eventLines = new ArrayList<>();
    final StringBuilder stream = new StringBuilder();

    Turn(int line) {
      this.line = line;
    }
  }

  /**
   * A follower for one connection.
   *
   * @param found takes each defect: the line it is about, and what follows the line number
   *     ({@code ": …"} or {@code " (type): …"})
   */
  SocketTurnLint(BiConsumer<Integer, String> found) {
    this.found = found;
  }

  /** The client sent an event on a lane ({@code ""} for the default one). */
  void sent(int line, String lane) {
    waiting.sent(lane, new Turn(line));
  }

  /** The server sent an event (a JSON object with a string type). */
  void received(int line, JsonObject event) {
    String type = event.getString("type");
    Turn turn = waiting.answering(event);
    if (turn == null) {
      String lane = SocketLanes.lane(event);
      found.accept(line, ": the server frame (" + ApiErrors.shown(type) + ") answers no event:"
          + " no response.create waits on " + (lane.isEmpty() ? "the default lane"
          : "lane \"" + ApiErrors.shown(lane) + "\""));
      return;
    }
    if (!type.equals("error")) {
      // the answer as replay serves it (a line break in the type kept from splitting the line)
      turn.eventLines.add(line);
      SocketTurns.appendEvent(turn.stream, type.replaceAll("[\r\n]", " "), event);
    }
    if (SocketLanes.TERMINAL.contains(type)) {
      checkAnswer(turn);
    }
  }

  /**
   * The connection ended: the answers it cut short are checked as far as they go, and each is a
   * defect unless the recording says the connection was dropped (a recorded fault).
   */
  void ended(boolean dropped) {
    for (Turn turn : waiting.drain()) {
      if (!dropped) {
        found.accept(turn.line, ": the response.create is never answered: the connection"
            + " ends before a terminal event (" + String.join(", ", terminalTypes())
            + "), and its close line does not say \"dropped\"");
      }
      checkAnswer(turn);
    }
  }

  private void checkAnswer(Turn turn) {
    if (turn.eventLines.isEmpty()) {
      return; // an error event alone: the frame check has read it
    }
    int last = turn.eventLines.get(turn.eventLines.size() - 1);
    for (String defect : StreamLint.check(turn.stream.toString())) {
      Matcher named = NAMED_EVENT.matcher(defect);
      int event = named.matches() ? Integer.parseInt(named.group(1)) : 0;
      if (event >= 1 && event <= turn.eventLines.size()) {
        found.accept(turn.eventLines.get(event - 1), named.group(2));
      } else {
        found.accept(last, ": " + defect);
      }
    }
  }

  private static List<String> terminalTypes() {
    return SocketLanes.TERMINAL.stream().sorted().toList();
  }
}
