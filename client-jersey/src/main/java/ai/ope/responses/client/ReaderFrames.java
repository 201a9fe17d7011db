package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEventReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Event frames read by the library's own reader, for {@link SseParser#BUILT_IN}: each event is
 * decoded straight from the bytes the reader holds, with no string per line or per field.
 */
final class ReaderFrames implements EventFrames {

  private final ServerSentEventReader reader;

  ReaderFrames(InputStream body) {
    this.reader = new ServerSentEventReader(body);
  }

  @Override
  public boolean advance() throws IOException {
    return reader.advance();
  }

  @Override
  public boolean isDone() {
    return reader.isDone();
  }

  @Override
  public String eventName() {
    return reader.eventName();
  }

  @Override
  public ResponseStreamEvent decode() {
    return reader.toEvent();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException ignored) {
      // closing is all that is wanted; a failure to close leaves nothing to do
    }
  }
}
