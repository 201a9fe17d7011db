package ai.ope.responses.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Payara Micro: one executable jar, {@code java -jar payara-micro.jar --deploy it.war}. Clustering
 * is off (no multicast probing on the build machine) and each run gets a fresh root directory.
 */
final class PayaraMicroLauncher implements ServerLauncher {

  private final String name;
  private final Path jar;
  private final Path javaHome;
  private final Path workDir;

  PayaraMicroLauncher(String name, Path jar, Path javaHome, Path workDir) {
    this.name = name;
    this.jar = jar;
    this.javaHome = javaHome;
    this.workDir = workDir;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ServerProcess start(Path war, int port, Map<String, String> environment)
      throws IOException {
    Path root = Directories.recreate(workDir.resolve("root"));
    List<String> command = List.of(javaHome.resolve("bin/java").toString(), "-Xmx512m",
        "-jar", jar.toString(), "--deploy", war.toString(), "--port", String.valueOf(port),
        "--nocluster", "--rootDir", root.toString());
    return ServerProcess.start(name, command, workDir, environment,
        workDir.resolveSibling(name + ".log"));
  }
}
