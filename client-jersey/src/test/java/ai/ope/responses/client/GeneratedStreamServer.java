package ai.ope.responses.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A server that generates one long text stream on the fly, never holding it, and counts the bytes
 * it managed to write: for tests of memory and back-pressure, where a scripted reply held in
 * memory by the fake server (in the same JVM) would blur the measurement. Plain sockets: one
 * request per connection, the body delimited by the connection's end.
 */
final class GeneratedStreamServer implements AutoCloseable {

  static final String DELTA = "abcdefghij";

  private final ServerSocket socket;
  private final Thread acceptor;
  private final long deltas;
  private final AtomicLong written = new AtomicLong();

  GeneratedStreamServer(long deltas) throws IOException {
    this.deltas = deltas;
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "generated-stream-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        Thread serving = new Thread(() -> serve(connection), "generated-stream");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  /** Bytes of the stream written so far (accepted by the socket). */
  long written() {
    return written.get();
  }

  private void serve(Socket connection) {
    try (connection; OutputStream out = connection.getOutputStream()) {
      readRequest(connection);
      out.write(("HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\n"
          + "connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      int sequence = 0;
      write(out, Frames.created(sequence++) + Frames.messageAdded(sequence++));
      StringBuilder batch = new StringBuilder();
      for (long i = 0; i < deltas; i++) {
        batch.append(Frames.delta(sequence++, DELTA));
        if (batch.length() > 8192) {
          write(out, batch.toString());
          batch.setLength(0);
        }
      }
      write(out, batch + Frames.completed(sequence, "(" + deltas + " deltas)"));
    } catch (IOException clientGone) {
      // the client closed the stream: nothing more to send
    }
  }

  /** Reads the request line, the headers and a body of the given content-length. */
  private static void readRequest(Socket connection) throws IOException {
    BufferedReader in = new BufferedReader(
        new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
    int length = 0;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    in.skip(length); // ASCII request JSON: characters are bytes
  }

  private void write(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes);
    out.flush();
    written.addAndGet(bytes.length);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
