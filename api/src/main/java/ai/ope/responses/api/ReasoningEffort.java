package ai.ope.responses.api;

/**
 * Known values of {@code reasoning.effort}. An open string: the set has grown over time, and not
 * every model supports every value.
 */
public final class ReasoningEffort {

  /** No reasoning. */
  public static final String NONE = "none";
  /** Minimal reasoning. */
  public static final String MINIMAL = "minimal";
  /** Low effort. */
  public static final String LOW = "low";
  /** Medium effort, the usual default. */
  public static final String MEDIUM = "medium";
  /** High effort. */
  public static final String HIGH = "high";
  /** Extra-high effort. */
  public static final String XHIGH = "xhigh";
  /** Maximum effort. */
  public static final String MAX = "max";

  private ReasoningEffort() {}
}
