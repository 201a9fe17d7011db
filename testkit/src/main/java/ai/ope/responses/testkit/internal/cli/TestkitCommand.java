package ai.ope.responses.testkit.internal.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The standalone jar's entry point: {@code java -jar responses-testkit-…-standalone.jar serve}
 * (or {@code lint DIR}).
 */
@Command(name = "responses-testkit", mixinStandardHelpOptions = true,
    versionProvider = TestkitVersion.class,
    description = "A fake Responses API server for offline development and tests.",
    subcommands = {ServeCommand.class, RecordCommand.class, LintCommand.class,
        CommandLine.HelpCommand.class})
public final class TestkitCommand implements Runnable {

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int status = new CommandLine(new TestkitCommand()).execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
