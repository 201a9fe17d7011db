package ai.ope.responses.api;

/**
 * Known values of a message's {@code role}. The role is an open string: servers may send others
 * (listings use {@code critic}, {@code tool}...), and those are kept as sent.
 */
public final class Role {

  /** The end user. */
  public static final String USER = "user";
  /** The model. */
  public static final String ASSISTANT = "assistant";
  /** System instructions. */
  public static final String SYSTEM = "system";
  /** Developer instructions; they take precedence over user messages. */
  public static final String DEVELOPER = "developer";

  private Role() {}
}
