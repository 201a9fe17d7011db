package ai.ope.responses.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * One request and its answer in memory, as the JDK server would hand them to a handler: the
 * dispatcher is exercised without a socket (a fuzzer runs it thousands of times a second).
 */
final class InMemoryExchange extends HttpExchange {

  private final String method;
  private final URI uri;
  private final Headers requestHeaders;
  private final InputStream requestBody;
  private final Headers responseHeaders = new Headers();
  private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  private final Map<String, Object> attributes = new HashMap<>();
  private int status = -1;
  private boolean closed;

  InMemoryExchange(String method, URI uri, Headers headers, byte[] body) {
    this.method = method;
    this.uri = uri;
    this.requestHeaders = headers;
    this.requestBody = new ByteArrayInputStream(body);
  }

  /** The status sent, or -1 when none was. */
  int status() {
    return status;
  }

  byte[] body() {
    return responseBody.toByteArray();
  }

  boolean isClosed() {
    return closed;
  }

  @Override
  public Headers getRequestHeaders() {
    return requestHeaders;
  }

  @Override
  public Headers getResponseHeaders() {
    return responseHeaders;
  }

  @Override
  public URI getRequestURI() {
    return uri;
  }

  @Override
  public String getRequestMethod() {
    return method;
  }

  @Override
  public HttpContext getHttpContext() {
    return null;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public InputStream getRequestBody() {
    return requestBody;
  }

  @Override
  public OutputStream getResponseBody() {
    return responseBody;
  }

  @Override
  public void sendResponseHeaders(int code, long length) throws IOException {
    if (status != -1) {
      throw new IOException("headers already sent");
    }
    if (code < 100 || code > 999) {
      // what the JDK server does with such a status
      throw new IllegalArgumentException("invalid status " + code);
    }
    status = code;
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return new InetSocketAddress("127.0.0.1", 40000);
  }

  @Override
  public int getResponseCode() {
    return status;
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return new InetSocketAddress("127.0.0.1", 8080);
  }

  @Override
  public String getProtocol() {
    return "HTTP/1.1";
  }

  @Override
  public Object getAttribute(String name) {
    return attributes.get(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    attributes.put(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    throw new UnsupportedOperationException("not used by the fake server");
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return null;
  }
}
