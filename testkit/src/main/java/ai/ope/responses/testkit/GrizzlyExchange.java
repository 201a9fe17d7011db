package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/** One Grizzly request and response as an {@link Exchange}: the engine's only HTTP adapter. */
final class GrizzlyExchange implements Exchange {

  private final Request request;
  private final Response response;
  private final Map<String, List<String>> responseHeaders =
      new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private Map<String, List<String>> requestHeaders;
  private int status = -1;

  GrizzlyExchange(Request request, Response response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public String method() {
    return request.getMethod().getMethodString();
  }

  @Override
  public String rawPath() {
    return request.getRequestURI();
  }

  @Override
  public String rawQuery() {
    return request.getQueryString();
  }

  @Override
  public Map<String, List<String>> requestHeaders() {
    if (requestHeaders == null) {
      // spelled as the JDK's server did, so journals and cassettes read as before
      Map<String, List<String>> headers = new LinkedHashMap<>();
      for (String name : request.getHeaderNames()) {
        List<String> values = headers.computeIfAbsent(jdkSpelling(name), key -> new ArrayList<>());
        request.getHeaders(name).forEach(values::add);
      }
      requestHeaders = headers;
    }
    return requestHeaders;
  }

  private static String jdkSpelling(String name) {
    return name.isEmpty() ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1).toLowerCase(Locale.ROOT);
  }

  @Override
  public InputStream requestBody() {
    return request.getInputStream();
  }

  @Override
  public Map<String, List<String>> responseHeaders() {
    return responseHeaders;
  }

  @Override
  public void sendHeaders(int code, long length) throws IOException {
    Exchange.checkSendable(status, code);
    status = code;
    response.setStatus(code);
    responseHeaders.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    boolean bodyless = method().equalsIgnoreCase("HEAD") || code == 204 || code == 304;
    if (length > 0) {
      response.setContentLengthLong(length);
      setHeader("content-length", Long.toString(length));
    } else if (length < 0 && !bodyless) {
      response.setContentLengthLong(0);
      setHeader("content-length", "0");
    } else if (length == 0) {
      // a stream: its headers leave now, as the first event may be a while coming
      setHeader("transfer-encoding", "chunked");
      response.getOutputStream().flush();
    }
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public OutputStream responseBody() {
    return response.getOutputStream();
  }

  @Override
  public void close() {
    try {
      response.getOutputStream().close();
    } catch (IOException gone) {
      // the client left; nothing is owed to it
    }
  }

  @Override
  public void abort() {
    TcpReset.reset(request.getContext().getConnection());
  }

  @Override
  public InetSocketAddress remoteAddress() {
    return InetSocketAddress.createUnresolved(request.getRemoteAddr(), request.getRemotePort());
  }
}
