package ai.ope.responses.client;

import java.util.Objects;

/**
 * How a tool loop runs: at most how many turns, who watches, what a failing handler does, and the
 * options of each request. Immutable; the defaults are 10 turns, no listener, handler errors sent
 * to the model as the function's output, {@link RequestOptions#none()}.
 */
public final class ToolLoopOptions {

  private static final ToolLoopOptions DEFAULTS =
      new ToolLoopOptions(10, new ToolLoopListener() { }, false, RequestOptions.none(), false);

  private final int maxTurns;
  private final ToolLoopListener listener;
  private final boolean stopOnHandlerError;
  private final RequestOptions requestOptions;
  private final boolean overWebSocket;

  private ToolLoopOptions(int maxTurns, ToolLoopListener listener, boolean stopOnHandlerError,
      RequestOptions requestOptions, boolean overWebSocket) {
    this.overWebSocket = overWebSocket;
    this.maxTurns = maxTurns;
    this.listener = listener;
    this.stopOnHandlerError = stopOnHandlerError;
    this.requestOptions = requestOptions;
  }

  /**
   * The defaults.
   *
   * @return the options
   */
  public static ToolLoopOptions defaults() {
    return DEFAULTS;
  }

  /**
   * At most this many requests to the model.
   *
   * @param maxTurns at least 1
   * @return the changed copy
   */
  public ToolLoopOptions maxTurns(int maxTurns) {
    if (maxTurns < 1) {
      throw new IllegalArgumentException("maxTurns must be at least 1: " + maxTurns);
    }
    return new ToolLoopOptions(maxTurns, listener, stopOnHandlerError, requestOptions,
        overWebSocket);
  }

  /**
   * Told of every response and every function run.
   *
   * @param listener the listener
   * @return the changed copy
   */
  public ToolLoopOptions listener(ToolLoopListener listener) {
    return new ToolLoopOptions(maxTurns, Objects.requireNonNull(listener, "listener"),
        stopOnHandlerError, requestOptions, overWebSocket);
  }

  /**
   * Whether a handler's exception stops the loop (a {@link ToolLoopException}) rather than
   * being sent to the model as the function's output.
   *
   * @param stop true to stop
   * @return the changed copy
   */
  public ToolLoopOptions stopOnHandlerError(boolean stop) {
    return new ToolLoopOptions(maxTurns, listener, stop, requestOptions, overWebSocket);
  }

  /**
   * The options of every request the loop sends.
   *
   * @param requestOptions timeouts, retries, headers
   * @return the changed copy
   */
  public ToolLoopOptions requestOptions(RequestOptions requestOptions) {
    return new ToolLoopOptions(maxTurns, listener, stopOnHandlerError,
        Objects.requireNonNull(requestOptions, "requestOptions"), overWebSocket);
  }

  /**
   * Whether the turns run over one WebSocket connection ({@link ResponsesClient#connect()}),
   * each sending only the new items with {@code previous_response_id}, rather than one HTTP
   * request per turn. The connection is opened for the loop and closed at its end; the request
   * options' timeouts and retries do not apply to it (the client's idle timeout does). A
   * conversation with {@code store: false} resends everything each turn either way.
   *
   * @param overWebSocket true for one socket
   * @return the changed copy
   */
  public ToolLoopOptions overWebSocket(boolean overWebSocket) {
    return new ToolLoopOptions(maxTurns, listener, stopOnHandlerError, requestOptions,
        overWebSocket);
  }

  int maxTurns() {
    return maxTurns;
  }

  ToolLoopListener listener() {
    return listener;
  }

  boolean stopOnHandlerError() {
    return stopOnHandlerError;
  }

  RequestOptions requestOptions() {
    return requestOptions;
  }

  boolean overWebSocket() {
    return overWebSocket;
  }
}
