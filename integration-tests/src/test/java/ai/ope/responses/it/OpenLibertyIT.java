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
   * After a deployment made every kind of call, undeploying it stops every thread of ours and
   * frees its class loader: the next deployment finds no {@code responses-*} thread, no thread
   * whose context class loader is the old one, and the old loader collected.
   */
  @Test
  void undeployLeavesNoThreadAndNoClassLoaderBehind()
      throws IOException, InterruptedException {
    model.enqueue(Reply.text("one"));
    model.enqueue(Reply.text("two"));
    model.enqueue(Reply.text("three"));
    gateway.enqueue(Reply.text("four"));
    app.ask("create", "1");
    app.ask("stream", "2");
    app.ask("async", "3");
    app.ask("gateway", "4");
    app.post("threads/mark");

    int stoppedBefore = app.server().occurrences(LibertyLauncher.STOPPED);
    liberty.undeploy();
    app.server().awaitLog(LibertyLauncher.STOPPED, stoppedBefore + 1, Duration.ofSeconds(60));
    liberty.deploy(EeServerContract.war());
    app.awaitUp(Duration.ofSeconds(60));

    assertThat(app.get("threads/leftovers"))
        .as(() -> "what the undeployed WAR left behind" + app.server().tail())
        .isEqualTo("loader collected");
  }
}
