/**
 * The fake Responses API server for offline tests, its cassettes, and its JUnit 5 extension.
 *
 * <p>Needs only the api module and Grizzly (the HTTP and WebSocket engine) at run time. JUnit
 * Jupiter (for the extension) and picocli (for the standalone command line) are optional.
 */
module ai.ope.responses.testkit {
  requires transitive ai.ope.responses.api;
  requires java.logging;
  requires java.net.http;
  requires org.glassfish.grizzly;
  requires org.glassfish.grizzly.http;
  requires org.glassfish.grizzly.http.server;
  requires org.glassfish.grizzly.websockets;
  // grizzly-websockets needs it for close frames but requires it only statically
  requires jakarta.servlet;
  requires static transitive org.junit.jupiter.api;
  requires static info.picocli;

  exports ai.ope.responses.testkit;
  exports ai.ope.responses.testkit.junit;

  opens ai.ope.responses.testkit.internal.cli to info.picocli;
}
