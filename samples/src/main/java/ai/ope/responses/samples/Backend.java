package ai.ope.responses.samples;

import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.Reply;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Where a sample's requests go: the live platform when an API key is configured, else an
 * embedded fake server that answers with the replies the sample scripts. Every sample runs
 * offline out of the box and live with {@code OPEAI_API_KEY} set.
 */
public final class Backend implements AutoCloseable {

  /** The model the samples ask for; {@code OPEAI_MODEL} changes it. */
  public static final String MODEL = firstOf("OPEAI_MODEL", "gpt-5.4-mini");

  private final ResponsesClient client;
  private final FakeResponsesServer server;
  private final Duration pace;

  private Backend(ResponsesClient client, FakeResponsesServer server, Duration pace) {
    this.client = client;
    this.server = server;
    this.pace = pace;
  }

  /**
   * The live platform when {@code OPEAI_API_KEY} (or {@code OPENAI_API_KEY}) is set, else an
   * embedded fake server; says which in one line.
   *
   * @param out where to say it
   * @return the backend
   */
  public static Backend fromEnvironment(PrintStream out) {
    if (firstOf("OPEAI_API_KEY", firstOf("OPENAI_API_KEY", null)) != null) {
      ResponsesClient client = ResponsesClient.fromEnv();
      out.println("[live] " + client);
      return new Backend(client, null, Duration.ZERO);
    }
    return offline(out, Duration.ofMillis(40));
  }

  /**
   * An embedded fake server, whatever the environment: what the samples' tests use.
   *
   * @param out where to say so
   * @param pace the pause between streamed events, so that streaming is visible
   * @return the backend
   */
  public static Backend offline(PrintStream out, Duration pace) {
    FakeResponsesServer server = FakeResponsesServer.start();
    out.println("[offline] No OPEAI_API_KEY set: an embedded fake server at " + server.baseUri()
        + " answers with scripted replies.");
    ResponsesClient client = ResponsesClient.builder().apiKey("sk-offline-sample")
        .baseUrl(server.baseUri().toString()).build();
    return new Backend(client, server, pace);
  }

  /**
   * The client to call.
   *
   * @return the client
   */
  public ResponsesClient client() {
    return client;
  }

  /**
   * Whether requests go to the embedded fake server.
   *
   * @return true when offline
   */
  public boolean offline() {
    return server != null;
  }

  /**
   * The embedded fake server, offline.
   *
   * @return the server, or null when live
   */
  public FakeResponsesServer server() {
    return server;
  }

  /**
   * The reply the fake server gives to the next request, streamed at the backend's pace;
   * ignored when live (the model answers).
   *
   * @param reply the reply
   */
  public void script(Reply reply) {
    if (server != null) {
      server.enqueue(reply.withDelayBetweenEvents(pace));
    }
  }

  @Override
  public void close() {
    client.close();
    if (server != null) {
      server.close();
    }
  }

  private static String firstOf(String name, String otherwise) {
    String property = System.getProperty(name);
    String value = property != null ? property : System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value.strip();
  }
}
