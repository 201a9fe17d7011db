package ai.ope.responses.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The records the testkit logs (through {@link System.Logger}, which reaches JUL by default)
 * while it is open, kept from the console so an expected warning does not look like a failure.
 */
public final class CapturedLogs implements AutoCloseable {

  private final Logger logger = Logger.getLogger("ai.ope.responses.testkit");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final boolean parentHandlers;
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  /** Starts capturing. */
  public CapturedLogs() {
    parentHandlers = logger.getUseParentHandlers();
    handler.setLevel(Level.ALL);
    logger.addHandler(handler);
    logger.setUseParentHandlers(false);
  }

  /**
   * The records at WARNING or above, messages only.
   *
   * @return the messages, oldest first
   */
  public List<String> warnings() {
    return records.stream().filter(record -> record.getLevel().intValue() >= Level.WARNING
        .intValue()).map(LogRecord::getMessage).toList();
  }

  /** Stops capturing; the testkit's records reach the console again. */
  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(parentHandlers);
  }
}
