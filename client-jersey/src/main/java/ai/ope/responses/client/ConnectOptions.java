package ai.ope.responses.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ResponsesConnection} behaves: the idle timeout of each response, and how often
 * and how patiently a dropped socket is opened again before the next request. Immutable; the
 * defaults are the client's stream idle timeout, 3 reconnection attempts and a first pause of
 * 200 ms, doubled on each attempt.
 */
public final class ConnectOptions {

  private static final ConnectOptions DEFAULTS =
      new ConnectOptions(null, 3, Duration.ofMillis(200));

  private final Duration idleTimeout;
  private final int maxReconnects;
  private final Duration reconnectBackoff;

  private ConnectOptions(Duration idleTimeout, int maxReconnects, Duration reconnectBackoff) {
    this.idleTimeout = idleTimeout;
    this.maxReconnects = maxReconnects;
    this.reconnectBackoff = reconnectBackoff;
  }

  /**
   * The defaults.
   *
   * @return the options
   */
  public static ConnectOptions defaults() {
    return DEFAULTS;
  }

  /**
   * The longest wait for the next event of a response; then the response fails with a
   * {@link StreamInterruptedException} whose {@code idleTimeout()} is true.
   *
   * @param idleTimeout positive
   * @return the changed copy
   */
  public ConnectOptions idleTimeout(Duration idleTimeout) {
    return new ConnectOptions(Settings.positive(idleTimeout, "idleTimeout"), maxReconnects,
        reconnectBackoff);
  }

  /**
   * How many more attempts open the socket when one fails (the first connection and each
   * reconnection after a drop).
   *
   * @param maxReconnects zero or more
   * @return the changed copy
   */
  public ConnectOptions maxReconnects(int maxReconnects) {
    return new ConnectOptions(idleTimeout, Settings.notNegative(maxReconnects, "maxReconnects"),
        reconnectBackoff);
  }

  /**
   * The pause before the first new attempt; it doubles on each further one.
   *
   * @param backoff positive
   * @return the changed copy
   */
  public ConnectOptions reconnectBackoff(Duration backoff) {
    return new ConnectOptions(idleTimeout, maxReconnects,
        Settings.positive(backoff, "reconnectBackoff"));
  }

  /** The idle timeout, or null for the client's. */
  Duration idleTimeout() {
    return idleTimeout;
  }

  int maxReconnects() {
    return maxReconnects;
  }

  Duration reconnectBackoff() {
    return reconnectBackoff;
  }

  @Override
  public String toString() {
    return "ConnectOptions[idleTimeout=" + (idleTimeout == null ? "client's" : idleTimeout)
        + ", maxReconnects=" + maxReconnects + ", reconnectBackoff=" + reconnectBackoff + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConnectOptions that && Objects.equals(idleTimeout, that.idleTimeout)
        && maxReconnects == that.maxReconnects && reconnectBackoff.equals(that.reconnectBackoff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(idleTimeout, maxReconnects, reconnectBackoff);
  }
}
