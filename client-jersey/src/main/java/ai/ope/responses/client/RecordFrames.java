package ai.ope.responses.client;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import java.io.IOException;

/** Frames that arrive as {@link ServerSentEvent} records: Jersey's, or a body read whole. */
final class RecordFrames implements EventFrames {

  /** The records, one at a time. */
  interface Source {
    /** The next record, or null at the end; {@link #close()} releases what it holds. */
    ServerSentEvent next() throws IOException;

    void close();
  }

  private final Source source;
  private ServerSentEvent current;

  RecordFrames(Source source) {
    this.source = source;
  }

  @Override
  public boolean advance() throws IOException {
    current = source.next();
    return current != null;
  }

  @Override
  public boolean isDone() {
    return current.isDone();
  }

  @Override
  public String eventName() {
    return current.event();
  }

  @Override
  public ResponseStreamEvent decode() {
    return current.toEvent();
  }

  @Override
  public void close() {
    source.close();
  }
}
