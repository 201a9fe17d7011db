package ai.ope.responses.client;

/**
 * Which parser reads the frames of an event stream. Both deliver the same typed events; they
 * differ in speed and in how a broken connection shows.
 */
public enum SseParser {

  /**
   * The library's own block-buffered reader (the default): reads the body in large chunks, about
   * ten times faster than Jersey's in this project's benchmarks, and tells a dropped connection
   * or an idle timeout apart from the end of the stream.
   */
  BUILT_IN,

  /**
   * Jersey's {@code EventInput} (jersey-media-sse), for applications that want Jersey's own SSE
   * parsing. It reads the body a byte at a time, and reports a dropped connection or a timeout
   * as the end of the stream: the client still throws {@link StreamInterruptedException} when no
   * terminal event came, but cannot say that an idle timeout was the cause.
   */
  JERSEY
}
