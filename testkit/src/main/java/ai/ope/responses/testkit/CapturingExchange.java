package ai.ope.responses.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An exchange that notes in a {@link ResponseCapture} what is sent through it. Wrapped once
 * around a journaled request's exchange, it sees every answer whoever writes it (the reply
 * writer, the recorder, the failure envelope), below the faults that shape the body: what is
 * noted is what reached the connection.
 */
final class CapturingExchange extends HttpExchange {

  private final HttpExchange exchange;
  private final ResponseCapture capture;
  private OutputStream body;

  CapturingExchange(HttpExchange exchange, ResponseCapture capture) {
    this.exchange = exchange;
    this.capture = capture;
  }

  @Override
  public void sendResponseHeaders(int status, long length) throws IOException {
    try {
      exchange.sendResponseHeaders(status, length);
    } finally {
      // after the call: the server adds its framing headers (content-length, chunked) then
      capture.headersSent(status, exchange.getResponseHeaders(), length);
    }
  }

  @Override
  public OutputStream getResponseBody() {
    if (body == null) {
      body = new Tee(exchange.getResponseBody(), capture);
    }
    return body;
  }

  /** Passes bytes on, then notes those that were taken. */
  private static final class Tee extends FilterOutputStream {
    private final ResponseCapture capture;

    Tee(OutputStream out, ResponseCapture capture) {
      super(out);
      this.capture = capture;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      capture.wrote(bytes, offset, length);
    }
  }

  @Override
  public Headers getRequestHeaders() {
    return exchange.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return exchange.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return exchange.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return exchange.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return exchange.getHttpContext();
  }

  @Override
  public void close() {
    exchange.close();
  }

  @Override
  public InputStream getRequestBody() {
    return exchange.getRequestBody();
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return exchange.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return exchange.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return exchange.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return exchange.getProtocol();
  }

  @Override
  public Object getAttribute(String name) {
    return exchange.getAttribute(name);
  }

  @Override
  public void setAttribute(String name, Object value) {
    exchange.setAttribute(name, value);
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    exchange.setStreams(in, out);
  }

  @Override
  public HttpPrincipal getPrincipal() {
    return exchange.getPrincipal();
  }
}
