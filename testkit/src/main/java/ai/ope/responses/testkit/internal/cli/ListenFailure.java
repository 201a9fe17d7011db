package ai.ope.responses.testkit.internal.cli;

/**
 * A standalone server could not listen where its options say (the port is taken, the address is
 * not this machine's): the user's situation, not a bug, so the command line prints its message
 * alone, without a stack trace.
 */
final class ListenFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * A failure to listen.
   *
   * @param message one line saying where, why and what to do
   * @param cause the bind failure
   */
  ListenFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
