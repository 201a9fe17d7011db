package ai.ope.responses.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * An exchange that notes in a {@link ResponseCapture} what is sent through it. Wrapped once
 * around a journaled request's exchange, it sees every answer whoever writes it (the reply
 * writer, the recorder, the failure envelope), below the faults that shape the body: what is
 * noted is what reached the connection.
 *
 * <p>Whoever writes through it must not change an array after writing it: the capture keeps
 * references to the bytes, not copies ({@link ResponseCapture}).
 */
final class CapturingExchange implements Exchange {

  private final Exchange exchange;
  private final ResponseCapture capture;
  private OutputStream body;

  CapturingExchange(Exchange exchange, ResponseCapture capture) {
    this.exchange = exchange;
    this.capture = capture;
  }

  @Override
  public void sendHeaders(int status, long length) throws IOException {
    try {
      exchange.sendHeaders(status, length);
    } finally {
      // after the call: the engine adds its framing header (content-length, chunked) then
      capture.headersSent(status, exchange.responseHeaders());
    }
  }

  @Override
  public OutputStream responseBody() {
    if (body == null) {
      body = new Tee(exchange.responseBody(), capture);
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
  public String method() {
    return exchange.method();
  }

  @Override
  public String rawPath() {
    return exchange.rawPath();
  }

  @Override
  public String rawQuery() {
    return exchange.rawQuery();
  }

  @Override
  public Map<String, List<String>> requestHeaders() {
    return exchange.requestHeaders();
  }

  @Override
  public InputStream requestBody() {
    return exchange.requestBody();
  }

  @Override
  public void setHeader(String name, String value) {
    exchange.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    exchange.addHeader(name, value);
  }

  @Override
  public Map<String, List<String>> responseHeaders() {
    return exchange.responseHeaders();
  }

  @Override
  public int status() {
    return exchange.status();
  }

  @Override
  public void close() {
    exchange.close();
  }

  @Override
  public void abort() {
    exchange.abort();
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return exchange.remoteAddress();
  }
}
