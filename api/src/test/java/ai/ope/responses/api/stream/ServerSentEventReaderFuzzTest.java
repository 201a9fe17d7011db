package ai.ope.responses.api.stream;

import ai.ope.responses.api.FuzzInvariants;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Arbitrary bytes through the event-stream readers. Invariants: the streaming reader never throws
 * (it only reads), frames the same events however the bytes are split across reads, agrees with
 * {@link ServerSentEvent#parseAll} on every stream whose last line is complete, and every event it
 * frames either reads as a typed event that writes back, or fails with the documented
 * {@link ResponsesJsonException}.
 *
 * <p>In a normal build this runs over the seeds in {@code ServerSentEventReaderFuzzTestInputs};
 * {@code scripts/fuzz.sh} fuzzes it for real.
 */
// public: the api package's corpus regression replays the recorded streams through it
public final class ServerSentEventReaderFuzzTest {

  /** Bigger inputs find nothing new and only slow the fuzzer down. */
  static final int MAX_INPUT = 64 * 1024;

  ServerSentEventReaderFuzzTest() {}

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void framesTheSameEventsHoweverTheBytesArrive(byte[] input) throws IOException {
    if (input.length <= MAX_INPUT) {
      check(input);
    }
  }

  /**
   * The invariants for one input, of any size.
   *
   * @param input the event-stream bytes
   * @throws IOException never (the input is in memory)
   */
  public static void check(byte[] input) throws IOException {
    List<ServerSentEvent> whole = readAll(new ByteArrayInputStream(input));
    if (input.length <= MAX_INPUT) {
      // (a recorded stream of 600 KB would take a second this way)
      same("one byte per read", whole, readAll(new Chunked(input, null)));
    }
    same("random reads", whole, readAll(new Chunked(input, new Random(Arrays.hashCode(input)))));

    // With a line end appended the last line is complete: both readers must then agree.
    byte[] ended = Arrays.copyOf(input, input.length + 1);
    ended[input.length] = '\n';
    same("parseAll", ServerSentEvent.parseAll(new String(ended, StandardCharsets.UTF_8)),
        readAll(new ByteArrayInputStream(ended)));

    for (ServerSentEvent frame : ServerSentEvent.parseAll(
        new String(input, StandardCharsets.UTF_8))) {
      if (!frame.isDone()) {
        typedEventWritesBack(frame);
      }
    }
  }

  private static void typedEventWritesBack(ServerSentEvent frame) {
    ResponseStreamEvent event = FuzzInvariants.readOrDocumentedFailure(frame::toEvent);
    if (event != null) {
      FuzzInvariants.writesBackStably(event, ResponseStreamEvent.class);
    }
  }

  private static void same(String how, List<ServerSentEvent> expected,
      List<ServerSentEvent> actual) {
    if (!expected.equals(actual)) {
      throw new AssertionError(how + ": expected " + expected + " but read " + actual);
    }
  }

  static List<ServerSentEvent> readAll(InputStream in) throws IOException {
    List<ServerSentEvent> events = new ArrayList<>();
    try (ServerSentEventReader reader = new ServerSentEventReader(in)) {
      for (ServerSentEvent event = reader.next(); event != null; event = reader.next()) {
        events.add(event);
      }
    }
    return events;
  }

  /** Hands out the bytes one at a time, or in random pieces of 1 to 9 bytes. */
  private static final class Chunked extends InputStream {
    private final byte[] bytes;
    private final Random random;
    private int at;

    Chunked(byte[] bytes, Random random) {
      this.bytes = bytes;
      this.random = random;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (at == bytes.length) {
        return -1;
      }
      int size = Math.min(Math.min(length, bytes.length - at),
          random == null ? 1 : 1 + random.nextInt(9));
      System.arraycopy(bytes, at, into, offset, size);
      at += size;
      return size;
    }
  }
}
