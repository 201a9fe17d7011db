package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The read timeout counts only the time a read waits, as a socket's does. */
class IdleTimeoutInputStreamTest {

  /** A body stream like the JDK client's: a blocked read ends when another thread closes it. */
  static final class SlowBody extends InputStream {
    private static final int CLOSED = -2;
    private final LinkedBlockingQueue<Integer> bytes = new LinkedBlockingQueue<>();

    void send(int value) {
      bytes.add(value);
    }

    @Override
    public int read() throws IOException {
      try {
        int next = bytes.take();
        if (next == CLOSED) {
          throw new IOException("closed");
        }
        return next;
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
    }

    @Override
    public void close() {
      bytes.add(CLOSED);
    }
  }

  private final ConnectorTimers timers = new ConnectorTimers("responses-test-timeouts");

  @AfterEach
  void stopTimers() {
    timers.close();
  }

  @Test
  void aBodyOpenedAfterTheClientClosedIsRefusedClearly() {
    timers.close();

    assertThatThrownBy(() -> new IdleTimeoutInputStream(new SlowBody(), Duration.ofSeconds(1),
        timers)).isInstanceOf(IOException.class).hasMessage("the client is closed");
  }

  @Test
  void closingTheTimersEndsTheirThread() throws IOException {
    InputStream in = new IdleTimeoutInputStream(new SlowBody(), Duration.ofSeconds(5), timers);
    assertThat(threadsNamed("responses-test-timeouts")).isNotEmpty();

    timers.close();
    timers.close(); // idempotent

    assertThat(threadsNamed("responses-test-timeouts")).isEmpty();
    in.close();
  }

  private static java.util.List<Thread> threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals(name) && thread.isAlive()).toList();
  }

  @Test
  void aReadThatWaitsTooLongTimesOut() throws IOException {
    SlowBody body = new SlowBody();
    body.send('a');

    try (InputStream in = new IdleTimeoutInputStream(body, Duration.ofMillis(200), timers)) {
      assertThat(in.read()).isEqualTo('a');
      assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class)
          .hasMessageContaining("no data for 200 ms");
    }
  }

  @Test
  void timeBetweenReadsDoesNotCount() throws Exception {
    SlowBody body = new SlowBody();
    body.send('a');
    body.send('b');

    try (InputStream in = new IdleTimeoutInputStream(body, Duration.ofMillis(100), timers)) {
      assertThat(in.read()).isEqualTo('a');
      Thread.sleep(400);
      assertThat(in.read()).isEqualTo('b');
    }
  }

  @Test
  void aFailureThatIsNotATimeoutStaysWhatItIs() throws IOException {
    SlowBody body = new SlowBody();
    body.close();

    try (InputStream in = new IdleTimeoutInputStream(body, Duration.ofSeconds(5), timers)) {
      assertThatThrownBy(in::read).isExactlyInstanceOf(IOException.class).hasMessage("closed");
    }
  }
}
