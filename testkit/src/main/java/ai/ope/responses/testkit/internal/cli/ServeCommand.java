package ai.ope.responses.testkit.internal.cli;

import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the fake server until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Serves the Responses API on this machine: recorded cassettes when given, otherwise the"
            + " built-in model, a deterministic answer that honours the request (streamed when"
            + " the request asks for it). Requests the real API would refuse get its 400.",
        "The built-in model answers with JSON valid against a json_schema text format, calls"
            + " the tools tool_choice demands (or the message names) with valid arguments,"
            + " reports tool results, adds reasoning and logprobs when asked, cuts at"
            + " max_output_tokens, and echoes plain text (\"You said: ...\"). POST"
            + " /v1/responses/compact is answered too.",
        "Stops cleanly on Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private ListenOptions listen;

  @Option(names = "--cassettes", paramLabel = "DIR",
      description = "A cassette folder, or a folder of cassette folders, to replay.")
  private Path cassettes;

  @Option(names = "--speed", paramLabel = "N", defaultValue = "0",
      description = "Replay speed of recorded streams: 0 sends at once, 1 keeps the recorded"
          + " pauses, N is N times faster (default: ${DEFAULT-VALUE}).")
  private double speed;

  @Option(names = "--fallback", paramLabel = "MODE",
      description = "What answers a create request no cassette matches: ${COMPLETION-CANDIDATES}"
          + " (default: MODEL, the built-in model, without cassettes; STRICT, an error naming"
          + " the nearest recording, with them; ECHO is MODEL's former name).")
  private FakeResponsesServer.Fallback fallback;

  @Option(names = "--no-validation", negatable = false,
      description = "Answer requests the real API would refuse (unknown parameters, values out"
          + " of range...) instead of rejecting them with its 400.")
  private boolean noValidation;

  @Option(names = "--models", paramLabel = "MODEL", split = ",",
      description = "The only model names to accept; any other gets the API's model_not_found"
          + " error (default: every model).")
  private List<String> models;

  @Option(names = "--log", negatable = false,
      description = "Print one line per request: method, path, status and what answered it, with"
          + " the reason for every error.")
  private boolean log;

  @Option(names = "--no-inspector", negatable = false,
      description = "Serve no inspector page: /__admin/ then answers the admin API's JSON index"
          + " to browsers too.")
  private boolean noInspector;

  @Option(names = "--require-api-key-env", paramLabel = "NAME",
      description = "Require the key held by environment variable NAME as the bearer key of"
          + " every API request, HTTP or WebSocket (else the API's 401); the key itself never"
          + " goes on the command line. Default: any or no key is accepted.")
  private String apiKeyVariable;

  /** Where {@code --require-api-key-env} reads the key: the environment, in a test a map. */
  private final UnaryOperator<String> environment;

  /** The command as the launcher runs it, reading the process's environment. */
  public ServeCommand() {
    this(System::getenv);
  }

  /** The command reading environment variables from {@code environment} (for tests). */
  ServeCommand(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    FakeResponsesServer server = start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "fake-responses-shutdown"));
    stopped.await();
    return 0;
  }

  /** Starts the server the options describe and prints where it and its admin API are. */
  FakeResponsesServer start() throws IOException {
    if (speed < 0) {
      throw new ParameterException(spec.commandLine(), "--speed must be 0 or positive: " + speed);
    }
    PrintWriter out = spec.commandLine().getOut();
    FakeResponsesServer.Builder builder = listen.serverBuilder().replaySpeed(speed)
        .validateRequests(!noValidation)
        .inspector(!noInspector)
        .knownModels(models == null ? List.of() : models);
    if (log) {
      builder.onAnswered(request -> {
        synchronized (out) {
          out.println(RequestLogLine.of(request));
          out.flush();
        }
      });
    }
    List<Cassette> loaded = cassettes == null ? List.of() : load(cassettes);
    loaded.forEach(builder::cassette);
    if (fallback == null) {
      fallback = loaded.isEmpty()
          ? FakeResponsesServer.Fallback.MODEL : FakeResponsesServer.Fallback.STRICT;
    }
    builder.fallback(fallback);
    if (apiKeyVariable != null) {
      builder.requireApiKey(requiredKey());
    }
    FakeResponsesServer server = listen.start(builder);
    listen.warnIfReachable(spec.commandLine().getErr());
    int interactions = loaded.stream().mapToInt(cassette -> cassette.interactions().size()).sum();
    int events = loaded.stream().mapToInt(Cassette::webSocketEvents).sum();
    out.println("Fake Responses API listening on " + server.baseUri() + " ("
        + (loaded.isEmpty() ? "built-in model" : interactions + " recorded interactions"
            + (events == 0 ? "" : " and " + events + " WebSocket events") + " from "
            + loaded.size() + " cassette(s)") + "); Ctrl-C to stop");
    out.println("Admin API: " + server.baseUri().resolve("/__admin/")
        + " (queue replies, read requests, reset; see docs/admin-api.md)");
    if (!noInspector) {
      out.println("Inspector: " + server.inspectorUri() + " (open in a browser)");
    }
    out.flush();
    return server;
  }

  /** The key {@code --require-api-key-env} names; an error names the variable, never a value. */
  private String requiredKey() {
    String key = environment.apply(apiKeyVariable);
    if (key == null || key.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--require-api-key-env: environment"
          + " variable " + apiKeyVariable + " is not set or is blank");
    }
    return key;
  }

  /** One cassette, or each subfolder that is one. */
  private List<Cassette> load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "--cassettes: no such folder: " + folder);
    }
    try (Stream<Path> children = Files.list(folder)) {
      List<Path> subfolders = children.filter(Files::isDirectory).sorted().toList();
      if (CassetteFolders.areInteractions(subfolders) || subfolders.isEmpty()) {
        return List.of(Cassette.load(folder));
      }
      for (Path cassette : subfolders) {
        // a cassette linked in from elsewhere is outside the folder given: refused, as a link
        // inside a cassette is
        if (!cassette.toRealPath().startsWith(folder.toRealPath())) {
          throw new IllegalArgumentException(cassette + " leads outside " + folder + ": refused");
        }
      }
      return subfolders.stream().map(Cassette::load).toList();
    } catch (IllegalArgumentException unloadable) {
      throw new ParameterException(spec.commandLine(), "--cassettes: " + unloadable.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }
}
