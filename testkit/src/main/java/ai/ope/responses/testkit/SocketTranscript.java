package ai.ope.responses.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded WebSocket connection as a cassette keeps it: the file {@value #FILE} in the
 * connection's own folder, one line per frame, readable in a diff.
 *
 * <pre>
 * # comment lines and blank lines are ignored
 * GET /v1/responses
 * &gt; +0ms {"type":"response.create","model":"gpt-4.1-mini","input":"Hi"}
 * &lt; +412ms {"type":"response.created","sequence_number":0,"response":{…}}
 * &lt; +3ms {"type":"response.output_text.delta","sequence_number":4,…}
 * close +20ms 1000 client
 * </pre>
 *
 * <p>The first line names the path (and query) the connection was opened on. A line
 * {@code > } is a text frame the client sent, {@code < } one the server sent, each after the
 * pause since the line before ({@code +Nms}); the rest of the line is the frame's text. The last
 * line may say how the connection ended: {@code close}, the pause, the close code, and who
 * closed it ({@code client}, {@code server}, or {@code dropped} with 1006 when the TCP
 * connection went without a close frame). A frame is one line: a line break inside a frame is
 * written as a space, which changes nothing in JSON (where it can only be whitespace).
 *
 * @param path the path the connection was opened on, e.g. {@code /v1/responses}
 * @param query the raw query string; empty for none
 * @param frames the frames in the order they crossed the connection
 * @param close how the connection ended, or null when the recording does not say
 */
record SocketTranscript(String path, String query, List<Frame> frames, Close close) {

  /** The file a connection's folder holds. */
  static final String FILE = "websocket.txt";

  private static final Pattern OPENING = Pattern.compile("GET (/\\S*)");
  private static final Pattern FRAME = Pattern.compile("([<>]) \\+(\\d{1,9})ms(?: (.*))?");
  private static final Pattern CLOSE =
      Pattern.compile("close \\+(\\d{1,9})ms (\\d{4}) (client|server|dropped)");
  private static final String HEADER = "# A WebSocket connection: \"> \" a frame the client"
      + " sent, \"< \" one the server sent, after \"+Nms\", the pause since the line before.\n";

  /**
   * One text frame.
   *
   * @param fromClient true for a frame the client sent, false for one the server sent
   * @param pauseMillis the pause since the line before, in milliseconds
   * @param text the frame's text
   */
  record Frame(boolean fromClient, long pauseMillis, String text) {

    /** Checks the members. */
    Frame {
      Objects.requireNonNull(text, "text");
      if (pauseMillis < 0) {
        throw new IllegalArgumentException("a pause cannot be negative: " + pauseMillis);
      }
    }
  }

  /**
   * How the connection ended.
   *
   * @param pauseMillis the pause since the last frame, in milliseconds
   * @param code the close code, 1006 when the connection was dropped
   * @param by {@code client}, {@code server} or {@code dropped}
   */
  record Close(long pauseMillis, int code, String by) {}

  /** Checks the members; a null query becomes empty. */
  SocketTranscript {
    Objects.requireNonNull(path, "path");
    query = query == null ? "" : query;
    frames = List.copyOf(frames);
  }

  /**
   * Reads a transcript.
   *
   * @param text the file's text
   * @return the transcript
   * @throws IllegalArgumentException when a line is not of the format, naming its number
   */
  static SocketTranscript parse(String text) {
    String target = null;
    List<Frame> frames = new ArrayList<>();
    Close close = null;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (close != null) {
        throw malformed(i, "nothing may follow the close line");
      }
      if (target == null) {
        Matcher opening = OPENING.matcher(line);
        if (!opening.matches()) {
          throw malformed(i, "expected the opening line \"GET /v1/responses\"");
        }
        target = opening.group(1);
        continue;
      }
      Matcher frame = FRAME.matcher(line);
      Matcher closing = CLOSE.matcher(line);
      if (frame.matches()) {
        frames.add(new Frame(frame.group(1).equals(">"), Long.parseLong(frame.group(2)),
            frame.group(3) == null ? "" : frame.group(3)));
      } else if (closing.matches()) {
        close = new Close(Long.parseLong(closing.group(1)), Integer.parseInt(closing.group(2)),
            closing.group(3));
      } else {
        throw malformed(i, "expected \"> +Nms <frame>\", \"< +Nms <frame>\" or"
            + " \"close +Nms <code> client|server|dropped\"");
      }
    }
    if (target == null) {
      throw new IllegalArgumentException("no opening line \"GET /v1/responses\": the file is"
          + " empty");
    }
    int question = target.indexOf('?');
    return new SocketTranscript(question < 0 ? target : target.substring(0, question),
        question < 0 ? "" : target.substring(question + 1), frames, close);
  }

  /**
   * The file's text.
   *
   * @return the transcript in the format {@link #parse} reads
   */
  String format() {
    StringBuilder text = new StringBuilder(HEADER).append("GET ").append(path)
        .append(query.isEmpty() ? "" : "?" + query).append('\n');
    for (Frame frame : frames) {
      text.append(frame.fromClient() ? "> +" : "< +").append(frame.pauseMillis()).append("ms ")
          .append(frame.text().replace("\r\n", " ").replace('\r', ' ').replace('\n', ' '))
          .append('\n');
    }
    if (close != null) {
      text.append("close +").append(close.pauseMillis()).append("ms ").append(close.code())
          .append(' ').append(close.by()).append('\n');
    }
    return text.toString();
  }

  private static IllegalArgumentException malformed(int index, String why) {
    return new IllegalArgumentException("line " + (index + 1) + ": " + why);
  }
}
