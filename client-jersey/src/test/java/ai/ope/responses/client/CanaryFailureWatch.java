package ai.ope.responses.client;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Notes every test failure whose exception (message, causes, stack) holds the canary key, and
 * every report entry that does; it also keeps the log capture in place before each test.
 */
final class CanaryFailureWatch implements TestExecutionListener {

  private final CanaryLogCapture logs;
  private final List<String> leaks = new CopyOnWriteArrayList<>();

  CanaryFailureWatch(CanaryLogCapture logs) {
    this.logs = logs;
  }

  List<String> leaks() {
    return List.copyOf(leaks);
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    logs.ensureInstalled();
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    result.getThrowable().ifPresent(failure -> {
      StringWriter trace = new StringWriter();
      failure.printStackTrace(new PrintWriter(trace));
      if (trace.toString().contains(SecretCanary.KEY)) {
        leaks.add("the failure of " + test.getUniqueId() + ": "
            + SecretCanaryCheck.excerpt(trace.toString()));
      }
    });
  }

  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    if (entry.getKeyValuePairs().toString().contains(SecretCanary.KEY)) {
      leaks.add("a report entry of " + test.getUniqueId());
    }
  }
}
