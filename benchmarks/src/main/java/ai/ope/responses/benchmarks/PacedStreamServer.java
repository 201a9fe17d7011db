package ai.ope.responses.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A stream server for latency: it writes one text delta at a time, each carrying the
 * {@link System#nanoTime()} of its flush as its text, and pauses between events so that every
 * event travels alone. Clients in the same JVM subtract that stamp from the time their user code
 * sees the event: the latency the client adds on top of loopback. The fake server replays fixed
 * bytes, so it cannot stamp them; this uses the same engine (the JDK's HTTP server).
 */
final class PacedStreamServer implements AutoCloseable {

  static {
    // as the fake server does: without TCP_NODELAY small writes wait for delayed ACKs
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer http;
  private final ExecutorService executor = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "paced-stream");
    thread.setDaemon(true);
    return thread;
  });
  private final int deltas;
  private final long pauseNanos;

  PacedStreamServer(int deltas, long pauseNanos) {
    this.deltas = deltas;
    this.pauseNanos = pauseNanos;
    try {
      http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    http.setExecutor(executor);
    http.createContext("/", this::serve);
    http.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/v1");
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
    }
    exchange.getResponseHeaders().add("content-type", "text/event-stream");
    exchange.sendResponseHeaders(200, 0);
    try (OutputStream out = exchange.getResponseBody()) {
      StringBuilder frame = new StringBuilder(512);
      Payloads.frame(frame, "response.created", "{\"type\":\"response.created\","
          + "\"sequence_number\":0,\"response\":" + Payloads.response("in_progress", "[]") + "}");
      write(out, frame);
      for (int i = 1; i <= deltas; i++) {
        LockSupport.parkNanos(pauseNanos);
        Payloads.frame(frame, "response.output_text.delta",
            Payloads.delta(i, Long.toString(System.nanoTime())));
        write(out, frame);
      }
      Payloads.frame(frame, "response.completed", "{\"type\":\"response.completed\","
          + "\"sequence_number\":" + (deltas + 1) + ",\"response\":"
          + Payloads.response("completed", "[]") + "}");
      write(out, frame);
    }
  }

  private static void write(OutputStream out, StringBuilder frame) throws IOException {
    out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
    frame.setLength(0);
  }

  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }
}
