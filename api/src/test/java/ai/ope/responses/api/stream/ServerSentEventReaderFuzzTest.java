package ai.ope.responses.api.stream;

import static ai.ope.responses.api.stream.ServerSentEventReaderTest.readAll;

import ai.ope.responses.api.FuzzInvariants;
import ai.ope.responses.api.stream.ServerSentEventReaderTest.Trickle;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
      same("one byte per read", whole, readAll(new Trickle(input, null, 1)));
    }
    same("random reads", whole, readAll(
        new Trickle(input, new Random(Arrays.hashCode(input)), 9)));

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

}
