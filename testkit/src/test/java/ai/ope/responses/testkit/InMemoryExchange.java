package ai.ope.responses.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request and its answer in memory, as the engine would hand them to the dispatcher: the
 * dispatcher is exercised without a socket (a fuzzer runs it thousands of times a second).
 */
final class InMemoryExchange implements Exchange {

  /** Request headers, names spelled as the engine hands them over. */
  static final class Headers extends LinkedHashMap<String, List<String>> {
    private static final long serialVersionUID = 1L;

    void add(String name, String value) {
      String spelled = name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT)
          + name.substring(1).toLowerCase(Locale.ROOT);
      computeIfAbsent(spelled, key -> new ArrayList<>()).add(value);
    }
  }

  private final String method;
  private final URI uri;
  private final Map<String, List<String>> requestHeaders;
  private final InputStream requestBody;
  private final Map<String, List<String>> responseHeaders =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
  private int status = -1;
  private boolean closed;

  InMemoryExchange(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.uri = uri;
    this.requestHeaders = headers;
    this.requestBody = new ByteArrayInputStream(body);
  }

  URI uri() {
    return uri;
  }

  byte[] body() {
    return responseBody.toByteArray();
  }

  boolean isClosed() {
    return closed;
  }

  /** The first value of a response header, or null. */
  String responseHeader(String name) {
    List<String> values = responseHeaders.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String rawPath() {
    return uri.getRawPath();
  }

  @Override
  public String rawQuery() {
    return uri.getRawQuery();
  }

  @Override
  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  @Override
  public InputStream requestBody() {
    return requestBody;
  }

  @Override
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  @Override
  public void sendHeaders(int code, long length) throws IOException {
    Exchange.checkSendable(status, code);
    status = code;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public OutputStream responseBody() {
    return responseBody;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public void abort() {
    closed = true;
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return new InetSocketAddress("127.0.0.1", 40000);
  }
}
