package ai.ope.responses.it;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.testkit.Reply;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Open Liberty (RESTEasy as the server's Jakarta REST) on the build's Java, and the one server
 * whose hot undeploy is tested: its dropins folder deploys and removes a WAR while it runs.
 */
class OpenLibertyIT extends EeServerContract {

  private LibertyLauncher liberty;

  @Override
  ServerLauncher launcher() {
    liberty = new LibertyLauncher(
        requireFile(serversDir().resolve("liberty/wlp/bin/server"), "Open Liberty").getParent()
            .getParent(), testJavaHome(), serversDir().resolve("open-liberty.log"));
    return liberty;
  }

  /**
   * After a deployment made every kind of call (both transports, a body large enough for the
   * write watchdog, a stream, {@code createAsync}), undeploying it leaves no thread behind: the
   * next deployment finds no {@code responses-*} thread and no thread whose context class loader
   * is the old deployment's.
   *
   * <p>Whether the old loader is then collected is printed, not asserted: Liberty 25.0.0.11 keeps
   * the class loader of an undeployed WAR even when the WAR holds nothing but two JAX-RS
   * resources (measured: four loaders alive after three redeploys and a full collection), so
   * the check cannot tell our leak from the server's.
   */
  @Test
  void undeployLeavesNoThreadBehind() throws IOException, InterruptedException {
    model.enqueue(Reply.text("one"));
    model.enqueue(Reply.text("two"));
    model.enqueue(Reply.text("three"));
    model.enqueue(Reply.text("four"));
    gateway.enqueue(Reply.text("five"));
    app.ask("create", "1");
    app.post("create", "2 " + "long ".repeat(20_000));
    app.ask("stream", "3");
    app.ask("async", "4");
    app.ask("gateway", "5");
    app.post("threads/mark", "");

    int stoppedBefore = app.server().occurrences(LibertyLauncher.STOPPED);
    liberty.undeploy();
    app.server().awaitLog(LibertyLauncher.STOPPED, stoppedBefore + 1, Duration.ofSeconds(60));
    liberty.deploy(EeServerContract.war());
    app.awaitUp(Duration.ofSeconds(60));

    String leftovers = app.get("threads/leftovers");
    System.out.println("After the undeploy: " + leftovers.lines().reduce((a, b) -> b).orElse(""));
    assertThat(leftovers.lines().filter(line -> line.startsWith("thread ")))
        .as(() -> "threads the undeployed WAR left running:\n" + leftovers + app.server().tail())
        .isEmpty();
  }
}
