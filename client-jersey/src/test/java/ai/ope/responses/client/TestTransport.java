package ai.ope.responses.client;

/**
 * The HTTP stack the tests run on: the default, or the one named by the system property
 * {@code responses.test.httpTransport} (the build runs the transport-sensitive tests a second
 * time on {@link HttpTransport#JDK_HTTP_CLIENT}).
 */
final class TestTransport {

  private static final String PROPERTY = "responses.test.httpTransport";

  private TestTransport() {}

  /** The builder, on the transport under test. */
  static ResponsesClientBuilder on(ResponsesClientBuilder builder) {
    String named = System.getProperty(PROPERTY);
    return named == null || named.isBlank() ? builder
        : builder.httpTransport(HttpTransport.valueOf(named.strip()));
  }

  /** A suffix for files a test writes, so the two runs do not overwrite each other. */
  static String suffix() {
    String named = System.getProperty(PROPERTY);
    return named == null || named.isBlank() ? "" : "-" + named.strip().toLowerCase(java.util.Locale.ROOT);
  }
}
