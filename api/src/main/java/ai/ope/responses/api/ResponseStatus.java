package ai.ope.responses.api;

/**
 * Known values of a response's {@code status}: {@code queued} → {@code in_progress} →
 * {@code completed}, {@code incomplete}, {@code failed} or {@code cancelled}. An open string;
 * other values are kept as sent.
 */
public final class ResponseStatus {

  /** A background response waits to start. */
  public static final String QUEUED = "queued";
  /** The response is being generated. */
  public static final String IN_PROGRESS = "in_progress";
  /** The response is complete. */
  public static final String COMPLETED = "completed";
  /** The response stopped early; see {@code incomplete_details}. */
  public static final String INCOMPLETE = "incomplete";
  /** The response failed; see {@code error}. */
  public static final String FAILED = "failed";
  /** A background response was cancelled. */
  public static final String CANCELLED = "cancelled";

  private ResponseStatus() {}
}
