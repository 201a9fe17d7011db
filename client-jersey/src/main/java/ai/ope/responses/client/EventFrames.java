package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.io.IOException;

/**
 * Where the frames of one open event stream come from, one current frame at a time: the reader
 * of the built-in parser decodes it straight from the bytes it read, without strings in between.
 */
interface EventFrames {

  /**
   * Moves to the next frame, waiting for it.
   *
   * @return false at the end of the stream
   * @throws IOException when the connection fails or stays silent too long
   */
  boolean advance() throws IOException;

  /** Whether the current frame is the {@code [DONE]} sentinel. */
  boolean isDone();

  /** The current frame's {@code event:} name, or null. */
  String eventName();

  /**
   * The current frame as a typed event.
   *
   * @throws ai.ope.responses.api.ResponsesJsonException when it is not one
   */
  ResponseStreamEvent decode();

  /** Stops reading and releases the connection; ends a read blocked in another thread. */
  void close();
}
