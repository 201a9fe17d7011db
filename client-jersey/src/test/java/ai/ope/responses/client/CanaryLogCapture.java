package ai.ope.responses.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * A JUL handler on the root logger for the whole run that notes every record holding the canary
 * key: in its message, its parameters or its exception. The client logs through
 * {@link System.Logger}, which reaches JUL by default. Only leaks are kept, not the records.
 */
final class CanaryLogCapture extends Handler {

  /** The client's loggers, at their most verbose for the run; held so JUL cannot drop it. */
  private final Logger clientLoggers = Logger.getLogger("ai.ope.responses");
  private final SimpleFormatter formatter = new SimpleFormatter();
  private final List<String> leaks = new CopyOnWriteArrayList<>();
  private Level clientLevel;

  void install() {
    setLevel(Level.ALL);
    clientLevel = clientLoggers.getLevel();
    clientLoggers.setLevel(Level.ALL);
    Logger.getLogger("").addHandler(this);
  }

  /** Puts the handler back if a test reset the logging configuration. */
  void ensureInstalled() {
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      if (handler == this) {
        return;
      }
    }
    root.addHandler(this);
  }

  void uninstall() {
    Logger.getLogger("").removeHandler(this);
    clientLoggers.setLevel(clientLevel);
  }

  List<String> leaks() {
    return List.copyOf(leaks);
  }

  @Override
  public void publish(LogRecord record) {
    StringWriter text = new StringWriter();
    text.append(String.valueOf(record.getMessage())).append('\n');
    try {
      text.append(formatter.formatMessage(record)).append('\n');
    } catch (RuntimeException unformattable) {
      // the raw message and parameters below are still checked
    }
    if (record.getParameters() != null) {
      for (Object parameter : record.getParameters()) {
        text.append(String.valueOf(parameter)).append('\n');
      }
    }
    if (record.getThrown() != null) {
      record.getThrown().printStackTrace(new PrintWriter(text));
    }
    if (text.toString().contains(SecretCanary.KEY)) {
      leaks.add("a log record of " + record.getLoggerName() + " at " + record.getLevel() + ": "
          + SecretCanaryCheck.excerpt(text.toString()));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
