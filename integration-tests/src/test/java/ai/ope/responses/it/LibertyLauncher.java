package ai.ope.responses.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Open Liberty from its unpacked runtime zip: a server {@code it} written fresh under
 * {@code wlp/usr/servers}, the WAR in its {@code dropins} (so it can be taken away and put back
 * while the server runs), run in the foreground by {@code bin/server run} on the test's Java.
 */
final class LibertyLauncher implements ServerLauncher {

  /** Liberty's message once an application is stopped after its file went away. */
  static final String STOPPED = "CWWKZ0009I";

  private final Path wlp;
  private final Path javaHome;
  private final Path log;

  LibertyLauncher(Path wlp, Path javaHome, Path log) {
    this.wlp = wlp;
    this.javaHome = javaHome;
    this.log = log;
  }

  @Override
  public String name() {
    return "open-liberty";
  }

  @Override
  public ServerProcess start(Path war, int port, Map<String, String> environment)
      throws IOException {
    Path server = Directories.recreate(wlp.resolve("usr/servers/it"));
    try (InputStream config = LibertyLauncher.class.getResourceAsStream("/liberty/server.xml")) {
      Files.copy(config, server.resolve("server.xml"));
    }
    Files.writeString(server.resolve("bootstrap.properties"), "it.http.port=" + port + "\n");
    Files.writeString(server.resolve("jvm.options"), "-Xmx512m\n");
    deploy(war);
    List<String> command = List.of("bash", wlp.resolve("bin/server").toString(), "run", "it",
        "--clean");
    Map<String, String> withJava = new java.util.HashMap<>(environment);
    withJava.put("JAVA_HOME", javaHome.toString());
    return ServerProcess.start(name(), command, wlp, withJava, log);
  }

  /** Puts the WAR into dropins: Liberty deploys it within a second. */
  void deploy(Path war) throws IOException {
    Path dropins = Files.createDirectories(wlp.resolve("usr/servers/it/dropins"));
    // copied beside, then renamed: the monitor never sees half a file
    Path partial = dropins.resolveSibling("it.war.partial");
    Files.copy(war, partial, StandardCopyOption.REPLACE_EXISTING);
    Files.move(partial, dropins.resolve("it.war"), StandardCopyOption.ATOMIC_MOVE);
  }

  /** Takes the WAR out of dropins: Liberty stops the application and says {@link #STOPPED}. */
  void undeploy() throws IOException {
    Files.delete(wlp.resolve("usr/servers/it/dropins/it.war"));
  }
}
