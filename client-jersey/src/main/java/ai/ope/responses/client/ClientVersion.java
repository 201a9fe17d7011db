package ai.ope.responses.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The library's version, for the {@code User-Agent} header. */
final class ClientVersion {

  /** e.g. {@code 0.1.0}; {@code dev} when the build did not stamp it. */
  static final String VALUE = read();

  /** The {@code User-Agent} the client sends. */
  static final String USER_AGENT = "responses-jakarta/" + VALUE;

  private ClientVersion() {}

  private static String read() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "dev");
      return version.startsWith("${") ? "dev" : version;
    } catch (IOException e) {
      return "dev";
    }
  }
}
