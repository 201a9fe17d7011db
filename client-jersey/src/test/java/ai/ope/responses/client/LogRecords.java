package ai.ope.responses.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The client's log records while open, as formatted messages. */
final class LogRecords extends Handler implements AutoCloseable {

  private final Logger logger = Logger.getLogger("ai.ope.responses.client");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private LogRecords() {}

  static LogRecords capture() {
    LogRecords capture = new LogRecords();
    capture.setLevel(Level.ALL);
    capture.logger.addHandler(capture);
    return capture;
  }

  /** The messages logged at exactly this level. */
  List<String> at(Level level) {
    return records.stream().filter(record -> record.getLevel().equals(level))
        .map(LogRecord::getMessage).toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
