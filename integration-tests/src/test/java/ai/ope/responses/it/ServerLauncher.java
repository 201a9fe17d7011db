package ai.ope.responses.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** How one kind of server is started with the WAR deployed at {@code /it}. */
interface ServerLauncher {

  /** A short name, for logs and messages ({@code payara-micro-7}). */
  String name();

  /**
   * Starts the server on the port with the WAR deployed and these variables in its environment;
   * returns at once, before the application is up.
   */
  ServerProcess start(Path war, int port, Map<String, String> environment) throws IOException;
}
