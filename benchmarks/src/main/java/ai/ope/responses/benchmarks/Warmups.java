package ai.ope.responses.benchmarks;

/**
 * How many one-second warm-up iterations each client needs before its figures settle, measured
 * on a loaded 2-core machine with {@code -XX:+PrintCompilation} (C2 compilations stop) and the
 * iteration scores (they stop climbing): openai-java's create and stream paths (OkHttp, Kotlin,
 * Jackson) settle after about 14 s, this library's after about 10 s, the raw JDK floors after
 * about 5 s; decoding alone (no HTTP), after 5 to 7 s for both. Each benchmark method warms up for its own client's time, so every figure is taken
 * at its steady state without spending the whole run's budget on the fastest to warm.
 */
final class Warmups {

  /** openai-java: creates and streams. */
  static final int OPENAI_JAVA = 15;
  /** This library: creates and streams. */
  static final int OURS = 11;
  /** This library's decoder alone. */
  static final int DECODE_OURS = 6;
  /** openai-java's Jackson mapper alone. */
  static final int DECODE_OPENAI_JAVA = 7;
  /** The raw JDK client: no model, little code. */
  static final int FLOOR = 6;
  /** Measured iterations of the headline figures (the spread is taken over them). */
  static final int MEASURED = 4;

  private Warmups() {}
}
