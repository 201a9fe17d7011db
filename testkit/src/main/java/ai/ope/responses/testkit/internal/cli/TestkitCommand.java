package ai.ope.responses.testkit.internal.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The standalone jar's entry point: {@code java -jar responses-testkit-…-standalone.jar serve}
 * (or {@code lint DIR}).
 */
@Command(name = "responses-testkit", mixinStandardHelpOptions = true,
    versionProvider = TestkitVersion.class,
    description = "A fake Responses API server for offline development and tests.",
    subcommands = {ServeCommand.class, RecordCommand.class, LintCommand.class,
        CommandLine.HelpCommand.class})
public final class TestkitCommand implements Callable<Integer> {

  /** picocli's exit status for a usage error, which a missing command is. */
  private static final int USAGE_ERROR = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status = commandLine().execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * The command line as {@link #main} runs it: enum values in any case ({@code --fallback
   * echo}), and a server that cannot listen told in one line instead of a stack trace.
   */
  static CommandLine commandLine() {
    return new CommandLine(new TestkitCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((failure, command, parsed) -> {
          if (failure instanceof ListenFailure cannotListen) {
            command.getErr().println(cannotListen.getMessage());
            command.getErr().flush();
            return 1;
          }
          throw failure;
        });
  }

  /** Without a command there is nothing to do: the usage, on stderr, as for any usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().flush();
    return USAGE_ERROR;
  }
}
