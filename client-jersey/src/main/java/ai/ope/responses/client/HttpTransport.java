package ai.ope.responses.client;

/**
 * Which HTTP stack carries the client's requests. Both send a request once per attempt, keep
 * error bodies, honour the same timeouts and end a blocked read when a stream is closed from
 * another thread; they differ in speed and in protocol reach.
 */
public enum HttpTransport {

  /**
   * The library's own HTTP/1.1 client on blocking sockets (the default): the calling thread
   * writes the request and reads the answer itself, connections are kept alive in a pool, TLS
   * through the JDK's {@code SSLSocket}. In this project's benchmarks it answers a small create
   * in about half the time of the JDK client and hands stream events to user code sooner, as
   * nothing is passed between threads. Speaks HTTP/1.1 only; requests to be sent through a proxy
   * (the JVM's default {@code ProxySelector}) go through {@link #JDK_HTTP_CLIENT}.
   */
  BUILT_IN,

  /**
   * The JDK's {@code java.net.http.HttpClient}: HTTP/2 over TLS where the server offers it,
   * proxies, and the JDK's own connection management. Its selector and worker threads hand each
   * answer to the caller, which costs time on every call.
   */
  JDK_HTTP_CLIENT
}
