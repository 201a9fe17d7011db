package ai.ope.responses.client;

import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.IOException;

/** Where the frames of one open event stream come from. */
interface EventFrames {

  /**
   * The next frame, waiting for it.
   *
   * @return the frame, or null at the end of the stream
   * @throws IOException when the connection fails or stays silent too long
   */
  ServerSentEvent next() throws IOException;

  /** Stops reading and releases the connection; ends a read blocked in another thread. */
  void close();
}
