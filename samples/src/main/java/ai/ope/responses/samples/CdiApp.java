package ai.ope.responses.samples;

// CdiApp: a CDI application (Weld SE) whose bean gets ResponsesClient injected: no producer, no
// configuration code. The client reads opeai.responses.* from MicroProfile Config or system
// properties, else OPEAI_API_KEY; offline, this sample points it at the embedded fake server
// with two system properties, as a test of a CDI application would.

import ai.ope.responses.client.cdi.ResponsesCdiExtension;
import ai.ope.responses.testkit.Reply;
import java.io.PrintStream;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/** A CDI application injecting the client. */
public final class CdiApp {

  private CdiApp() {}

  /**
   * Runs the sample.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Backend backend = Backend.fromEnvironment(System.out)) {
      run(backend, System.out);
    }
  }

  static void run(Backend backend, PrintStream out) {
    backend.script(Reply.text("Walk along the Seine at dusk."));
    if (backend.offline()) {
      System.setProperty("opeai.responses.base-url", backend.server().baseUri().toString());
      System.setProperty("opeai.responses.api-key", "sk-offline-sample");
    }
    // An application with META-INF/beans.xml would let Weld discover the bean and the extension;
    // here the container gets exactly what it needs.
    try (WeldContainer container = new Weld().disableDiscovery()
        .addExtension(new ResponsesCdiExtension()).addBeanClass(Concierge.class).initialize()) {
      out.println(container.select(Concierge.class).get().suggest("Paris"));
    } finally {
      if (backend.offline()) {
        System.clearProperty("opeai.responses.base-url");
        System.clearProperty("opeai.responses.api-key");
      }
    }
  }
}
