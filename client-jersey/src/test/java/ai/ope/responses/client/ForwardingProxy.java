package ai.ope.responses.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP forwarding proxy on loopback for the tests: plain requests in absolute form are
 * forwarded (one per connection, {@code Connection: close}), {@code CONNECT} opens a tunnel; with
 * credentials set, a request without the right {@code Proxy-Authorization} gets a 407. It records
 * the request line and {@code Proxy-Authorization} of everything it is sent.
 */
final class ForwardingProxy implements AutoCloseable {

  /** What the proxy was sent: the request line, and the credentials header or null. */
  record Seen(String requestLine, String proxyAuthorization) {}

  private final ServerSocket server;
  private final String expected;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  /** A proxy that wants these credentials, or none when user is null. */
  ForwardingProxy(String user, String password) throws IOException {
    this.expected = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "test-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        open.add(client);
        daemon(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = client.getInputStream();
      String requestLine = line(in);
      Map<String, String> headers = new LinkedHashMap<>();
      List<String> raw = new ArrayList<>();
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).strip());
        raw.add(line);
      }
      String authorization = headers.get("proxy-authorization");
      seen.add(new Seen(requestLine, authorization));
      OutputStream out = client.getOutputStream();
      if (expected != null && !expected.equals(authorization)) {
        in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic"
            + " realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return;
      }
      String[] parts = requestLine.split(" ");
      if (parts[0].equals("CONNECT")) {
        tunnel(client, parts[1]);
      } else {
        forward(client, parts, raw);
      }
    } catch (IOException | RuntimeException ended) {
      // the client or the server went away
    }
  }

  private void tunnel(Socket client, String authority) throws IOException {
    int colon = authority.lastIndexOf(':');
    try (Socket target = new Socket(authority.substring(0, colon),
        Integer.parseInt(authority.substring(colon + 1)))) {
      open.add(target);
      client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      client.getOutputStream().flush();
      pipe(client, target);
    }
  }

  private void forward(Socket client, String[] parts, List<String> raw) throws IOException {
    URI uri = URI.create(parts[1]);
    try (Socket target = new Socket(uri.getHost(), uri.getPort())) {
      open.add(target);
      StringBuilder head = new StringBuilder(parts[0]).append(' ').append(uri.getRawPath())
          .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(' ')
          .append(parts[2]).append("\r\n");
      for (String line : raw) {
        String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
        if (!name.equals("proxy-authorization") && !name.equals("connection")) {
          head.append(line).append("\r\n");
        }
      }
      head.append("Connection: close\r\n\r\n");
      target.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      pipe(client, target);
    }
  }

  /** Copies both ways until the server side ends. */
  private static void pipe(Socket client, Socket target) throws IOException {
    daemon(() -> copy(client, target));
    copy(target, client);
  }

  private static void copy(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
      to.shutdownOutput();
    } catch (IOException ended) {
      // one side closed
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("closed");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  private static void daemon(Runnable task) {
    Thread thread = new Thread(task, "test-proxy-connection");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : open) {
      socket.close();
    }
  }

  @Override
  public String toString() {
    return "ForwardingProxy[" + uri() + "]";
  }
}
