package ai.ope.responses.testkit;

/**
 * The timing of a scripted answer, the same over HTTP and over a WebSocket: recorded pauses
 * scaled by the replay speed, and the grace before a scripted cut.
 */
final class Pacing {

  /** A moment for what was already sent to reach the client before a scripted cut. */
  static final long CUT_GRACE_MILLIS = 100;

  private final double replaySpeed;

  /** @param replaySpeed how fast recorded pauses replay; 0 or less replays them not at all */
  Pacing(double replaySpeed) {
    this.replaySpeed = replaySpeed;
  }

  /** A recorded pause at the replay speed. */
  long scaled(long recordedMillis) {
    return replaySpeed <= 0 ? 0 : Math.round(recordedMillis / replaySpeed);
  }

  /**
   * Sleeps, unless there is nothing to wait.
   *
   * @return false when the thread was interrupted (the server stopping), its flag set again
   */
  static boolean pause(long millis) {
    if (millis <= 0) {
      return true;
    }
    try {
      Thread.sleep(millis);
      return true;
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
