package ai.ope.responses.testkit.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A console for a command under test: each line is handed over once it is complete, so a test
 * can wait for what server threads print after the client already has its answer.
 */
final class LineQueue extends Writer {

  private final StringBuilder all = new StringBuilder();
  private final StringBuilder line = new StringBuilder();
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  @Override
  public synchronized void write(char[] buffer, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      all.append(buffer[i]);
      if (buffer[i] == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
      } else {
        line.append(buffer[i]);
      }
    }
  }

  /** The next line, waiting up to ten seconds for it. */
  String next() throws InterruptedException {
    String next = lines.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("a line within 10 s; so far: " + this).isNotNull();
    return next;
  }

  @Override
  public void flush() {
    // every character is already handed over
  }

  @Override
  public void close() {
    // nothing to release
  }

  @Override
  public synchronized String toString() {
    return all.toString();
  }
}
