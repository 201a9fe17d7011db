package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request and its answer, as the fake server's own code sees it whatever engine carries
 * it: the dispatcher, the reply writer, the recorder and the admin API are written against this
 * alone, so the engine is confined to the one adapter that implements it.
 *
 * <p>The answer is sent in order: headers ({@link #setHeader}, {@link #addHeader}), then
 * {@link #sendHeaders}, then the body, then {@link #close} — or {@link #abort} at any point.
 */
interface Exchange {

  /** The request method as sent, e.g. {@code POST}. */
  String method();

  /** The request path, undecoded, e.g. {@code /v1/responses}. */
  String rawPath();

  /** The query string, undecoded and without the {@code ?}, or null when there is none. */
  String rawQuery();

  /**
   * The request headers, names as the JDK's server spelled them (first letter upper case, the
   * rest lower case); look them up ignoring case anyway.
   */
  Map<String, List<String>> requestHeaders();

  /** The request body, read once. */
  InputStream requestBody();

  /** Sets a response header, replacing any value it had; only before {@link #sendHeaders}. */
  default void setHeader(String name, String value) {
    List<String> values = new ArrayList<>();
    values.add(value);
    responseHeaders().put(name, values);
  }

  /** Adds a value to a response header; only before {@link #sendHeaders}. */
  default void addHeader(String name, String value) {
    responseHeaders().computeIfAbsent(name, key -> new ArrayList<>()).add(value);
  }

  /**
   * Checks that headers may be sent with the status, for {@link #sendHeaders} implementations.
   *
   * @param sentStatus the status already sent, or -1
   * @throws IOException when headers were sent already
   * @throws IllegalArgumentException for a status out of range
   */
  static void checkSendable(int sentStatus, int status) throws IOException {
    if (sentStatus != -1) {
      throw new IOException("headers already sent");
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("invalid status " + status);
    }
  }

  /**
   * The response headers set so far, modifiable until {@link #sendHeaders}; after {@link #sendHeaders} also the framing header the
   * engine sends ({@code content-length} or {@code transfer-encoding}).
   */
  Map<String, List<String>> responseHeaders();

  /**
   * Sends the status and headers.
   *
   * @param status the status code, 100 to 999
   * @param length the body's length: -1 for no body, 0 for a body of unknown length (chunked),
   *     otherwise the exact number of bytes that follow
   * @throws IllegalArgumentException for a status out of range
   * @throws IOException when the client is gone or the headers were sent already
   */
  void sendHeaders(int status, long length) throws IOException;

  /** The status sent, or -1 while no headers were sent. */
  int status();

  /** The response body; {@link OutputStream#flush()} sends what was written so far. */
  OutputStream responseBody();

  /** Ends the answer cleanly: the body is complete, the connection may be reused. */
  void close();

  /**
   * Drops the connection at once, with a TCP reset where the engine can (a network failure as
   * the client sees it): nothing more is sent, not even the end of a chunked body.
   */
  void abort();

  /** The client's address. */
  InetSocketAddress remoteAddress();
}
