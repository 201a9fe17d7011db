package ai.ope.responses.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that answers with exact bytes, for what a well-behaved server never
 * sends (odd framing, broken heads) and for counting connections. Each request is handed to the
 * script with its number, in arrival order over all connections.
 */
final class RawHttpServer implements AutoCloseable {

  /** What the server does with one request. */
  @FunctionalInterface
  interface Script {
    /** Writes the answer; returns false to close the connection afterwards. */
    boolean answer(int number, Request request, OutputStream out) throws Exception;
  }

  /** A request as received. */
  record Request(String line, String head, byte[] body, int connection) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final ServerSocket listener;
  private final Script script;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger closed = new AtomicInteger();
  final List<Request> received = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  RawHttpServer(Script script) {
    this.script = script;
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path);
  }

  int connections() {
    return connections.get();
  }

  /** Waits until the server has closed this many connections (at most five seconds). */
  void awaitClosed(int count) throws InterruptedException {
    for (int i = 0; i < 500 && closed.get() < count; i++) {
      Thread.sleep(10);
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        open.add(socket);
        int number = connections.incrementAndGet();
        Thread serving = new Thread(() -> serve(socket, number), "raw-http-connection");
        serving.setDaemon(true);
        serving.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, int connection) {
    try (socket; InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream()) {
      while (true) {
        String head = head(in);
        if (head == null) {
          return;
        }
        int length = 0;
        for (String line : head.split("\r\n")) {
          if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).strip());
          }
        }
        Request request = new Request(head.substring(0, head.indexOf("\r\n")), head,
            in.readNBytes(length), connection);
        received.add(request);
        boolean keep = script.answer(requests.getAndIncrement(), request, out);
        out.flush();
        if (!keep) {
          return;
        }
      }
    } catch (Exception e) {
      // the client went away, or the script closed the socket: the test sees what it sees
    } finally {
      closed.incrementAndGet();
    }
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b = in.read(); b >= 0; b = in.read()) {
      head.write(b);
      matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
      if (matched == 4) {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
      }
    }
    return null;
  }

  /** Writes text as ISO-8859-1 (a head and an ASCII body). */
  static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing is all that is wanted
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing is all that is wanted
      }
    }
  }
}
