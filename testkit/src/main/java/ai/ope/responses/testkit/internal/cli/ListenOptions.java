package ai.ope.responses.testkit.internal.cli;

import ai.ope.responses.testkit.FakeResponsesServer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import picocli.CommandLine.Option;

/**
 * Where a standalone server listens, shared by {@code serve} and {@code record} (a picocli
 * mixin), and what every standalone server has in common: a bounded journal, and a warning when
 * it listens beyond this machine.
 */
final class ListenOptions {

  /** Nobody takes requests from a standalone server's journal: it keeps only the newest. */
  private static final int JOURNAL_LIMIT = 1_000;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; any other"
          + " address makes the server reachable from other machines, with a warning).")
  private String bind;

  /** A server builder listening where these options say. */
  FakeResponsesServer.Builder serverBuilder() throws UnknownHostException {
    return FakeResponsesServer.builder().port(port).bindAddress(InetAddress.getByName(bind))
        .journalLimit(JOURNAL_LIMIT);
  }

  /**
   * Starts the server, or says in one line why it cannot listen.
   *
   * @param builder a builder from {@link #serverBuilder()}
   * @return the started server
   * @throws ListenFailure when the port is taken or the address is not this machine's
   */
  FakeResponsesServer start(FakeResponsesServer.Builder builder) {
    try {
      return builder.start();
    } catch (UncheckedIOException e) {
      if (!(e.getCause() instanceof BindException refused)) {
        throw e;
      }
      // the JDK's message says which: "Address already in use", "Cannot assign requested address"
      boolean portTaken = String.valueOf(refused.getMessage()).contains("in use");
      String advice = portTaken
          ? "Is another server running there? Choose another --port (0 picks a free one)."
          : "Is " + bind + " an address of this machine? Check --bind.";
      throw new ListenFailure("Cannot listen on " + bind + ":" + port + ": "
          + refused.getMessage() + ". " + advice, e);
    }
  }

  /**
   * Prints on stderr, unless the address is loopback, that whoever can reach the port is
   * answered, and that a recording server forwards their requests with the API key.
   */
  void warnIfReachable(PrintWriter err) throws UnknownHostException {
    InetAddress address = InetAddress.getByName(bind);
    if (address.isLoopbackAddress()) {
      return;
    }
    err.println("WARNING: --bind " + bind + " makes the server reachable from other machines"
        + (address.isAnyLocalAddress() ? " (every network interface)" : "")
        + ": it answers anyone who can reach the port, and a recording server forwards their"
        + " requests with your API key. Leave out --bind (127.0.0.1) to keep it on this machine.");
    err.flush();
  }
}
