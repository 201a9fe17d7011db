package ai.ope.responses.testkit.internal.cli;

import java.io.PrintWriter;
import java.net.InetAddress;

/**
 * The line the commands print on stderr when told to listen beyond this machine: whoever can
 * reach the port is answered, and a recording server forwards their requests with the API key.
 */
final class BindWarning {

  private BindWarning() {}

  /** Prints the warning unless the address is loopback. */
  static void printIfReachable(InetAddress address, String option, PrintWriter err) {
    if (address.isLoopbackAddress()) {
      return;
    }
    err.println("WARNING: --bind " + option + " makes the server reachable from other machines"
        + (address.isAnyLocalAddress() ? " (every network interface)" : "")
        + ": it answers anyone who can reach the port, and a recording server forwards their"
        + " requests with your API key. Leave out --bind (127.0.0.1) to keep it on this machine.");
    err.flush();
  }
}
