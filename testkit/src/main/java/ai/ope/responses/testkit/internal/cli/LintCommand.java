package ai.ope.responses.testkit.internal.cli;

import ai.ope.responses.testkit.CassetteLint;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lint}: checks cassettes before they are committed. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = {
        "Checks recorded cassettes: request and response bodies read as their endpoint's types,"
            + " streams parse and add up to their final response, WebSocket connections"
            + " (websocket.txt) hold valid frames each answering an event, and no file holds an"
            + " API key or a bearer token.",
        "Prints one line per defect, then a summary; exits with 1 when there is a defect."})
public final class LintCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "DIR",
      description = "A cassette folder, or a folder of cassette folders.")
  private Path folder;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new ParameterException(spec.commandLine(), "no such folder: " + folder);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Path> cassettes = cassettes(folder);
    int interactions = 0;
    int defects = 0;
    for (Path cassette : cassettes) {
      // Within a folder of cassettes, a line must also say which cassette it is about.
      String prefix = cassette.equals(folder) ? "" : cassette.getFileName() + "/";
      for (String defect : CassetteLint.check(cassette)) {
        out.println(prefix + defect);
        defects++;
      }
      interactions += subfolders(cassette).size();
    }
    out.println(interactions + " interactions, " + defects + " defects");
    out.flush();
    return defects == 0 ? 0 : 1;
  }

  /** The folder when it is a cassette, else its subfolders: the rule of {@code serve}. */
  private static List<Path> cassettes(Path folder) {
    List<Path> subfolders = subfolders(folder);
    return CassetteFolders.areInteractions(subfolders) || subfolders.isEmpty() ? List.of(folder)
        : subfolders;
  }

  private static List<Path> subfolders(Path folder) {
    try (Stream<Path> children = Files.list(folder)) {
      return children.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder, e);
    }
  }
}
