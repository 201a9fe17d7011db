package ai.ope.responses.testkit.internal.cli;

import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordMode;
import ai.ope.responses.testkit.Recording;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code record}: a recording proxy in front of a real server, until interrupted. */
@Command(name = "record", mixinStandardHelpOptions = true,
    description = {
        "Records a cassette: point a client at this server; each request the cassette does not"
            + " answer is forwarded to the upstream, answered live, and written to the cassette"
            + " with secrets redacted and ids normalised.",
        "The API key comes from OPEAI_API_KEY (or OPENAI_API_KEY); without one, the client's own"
            + " Authorization header is forwarded. Neither is ever written.",
        "Stops cleanly on Ctrl-C, with a summary."})
public final class RecordCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--upstream", paramLabel = "URL",
      // the URL on a line of its own: picocli would break it after "https:" to fill a line
      description = {"The server to record from, with its /v1; default:", "${DEFAULT-VALUE}"},
      defaultValue = "https://api-platform.ope.ai/v1")
  private URI upstream;

  @Option(names = "--cassettes", paramLabel = "DIR", required = true,
      description = "The cassette folder to write (created when missing).")
  private Path cassettes;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "once",
      description = "once (record unless the cassette exists), new (record what it does not"
          + " answer), all (record everything again) (default: ${DEFAULT-VALUE}).")
  private String mode;

  @Mixin
  private ListenOptions listen;

  @Option(names = "--keep-values", description = "Write ids and timestamps as received instead"
      + " of normalising them.")
  private boolean keepValues;

  private final AtomicInteger recorded = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();

  @Override
  public Integer call() throws Exception {
    FakeResponsesServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      PrintWriter out = spec.commandLine().getOut();
      out.println(summary());
      out.flush();
      stopped.countDown();
    }, "fake-responses-recorder-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts the recording server and prints where it listens and what it records. */
  FakeResponsesServer start() throws IOException {
    RecordMode chosen;
    try {
      chosen = RecordMode.parse(mode, "--mode");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (chosen == RecordMode.NONE) {
      throw new ParameterException(spec.commandLine(),
          "--mode none only replays: use the serve command for that");
    }
    Recording recording = Recording.to(cassettes).upstream(upstream).mode(chosen)
        .normalize(!keepValues);
    String key = firstOf(System.getenv("OPEAI_API_KEY"), System.getenv("OPENAI_API_KEY"));
    if (key != null) {
      recording = recording.apiKey(key);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    UpstreamNotFoundWarning notFound = new UpstreamNotFoundWarning(upstream);
    FakeResponsesServer server = listen.start(listen.serverBuilder().recording(recording)
        .onRecorded(line -> {
          (line.startsWith("recorded ") ? recorded : refused).incrementAndGet();
          out.println(line);
          out.flush();
          notFound.warningFor(line).ifPresent(warning -> {
            err.println(warning);
            err.flush();
          });
        }));
    listen.warnIfReachable(err);
    out.println((server.isRecording() ? "Recording " + upstream + " into " + cassettes
        : "The cassette " + cassettes + " exists: replaying it (mode once)")
        + "; point your client at " + server.baseUri() + "; Ctrl-C to stop");
    out.flush();
    return server;
  }

  /** The line printed at the end. */
  String summary() {
    return recorded.get() + " interaction(s) recorded into " + cassettes
        + (refused.get() == 0 ? "" : ", " + refused.get() + " not recorded (see above)");
  }

  private static String firstOf(String first, String second) {
    return first != null && !first.isBlank() ? first.strip()
        : second != null && !second.isBlank() ? second.strip() : null;
  }
}
