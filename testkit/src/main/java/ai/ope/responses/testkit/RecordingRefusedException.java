package ai.ope.responses.testkit;

/** An interaction the recorder will not write: a secret would have reached the cassette. */
final class RecordingRefusedException extends Exception {

  private static final long serialVersionUID = 1L;

  RecordingRefusedException(String message) {
    super(message, null, false, false);
  }
}
