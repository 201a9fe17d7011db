package ai.ope.responses.api;

/**
 * Known values of {@code service_tier}. An open string; a response reports the tier actually
 * used, which may differ from the one requested.
 */
public final class ServiceTier {

  /** The project's setting. */
  public static final String AUTO = "auto";
  /** Standard processing. */
  public static final String DEFAULT = "default";
  /** Slower, cheaper processing. */
  public static final String FLEX = "flex";
  /** Scale tier. */
  public static final String SCALE = "scale";
  /** Faster processing. */
  public static final String PRIORITY = "priority";
  /** Requests priority; responses report {@code priority}. */
  public static final String FAST = "fast";
  /** Fastest processing, where enabled. */
  public static final String ULTRAFAST = "ultrafast";

  private ServiceTier() {}
}
