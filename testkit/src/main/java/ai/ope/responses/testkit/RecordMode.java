package ai.ope.responses.testkit;

import java.util.Locale;
import java.util.Optional;

/**
 * When a {@linkplain Recording recording} server calls the real API, named as VCR-style tools name
 * it. The system property {@code responses.testkit.record} (or the environment variable
 * {@code RESPONSES_TESTKIT_RECORD}) overrides the mode chosen in code, so one test class records
 * and replays without a change: {@code -Dresponses.testkit.record=all}.
 */
public enum RecordMode {

  /** Replay only, strictly: a request the cassette does not answer is an error. For CI. */
  NONE,

  /** Record every request if the cassette does not exist yet, else replay it. */
  ONCE,

  /** Replay what the cassette answers; record what it does not, appended to it. */
  NEW_EPISODES,

  /** Record everything again: the cassette's old interactions are removed. */
  ALL;

  /** The system property that overrides the mode. */
  public static final String PROPERTY = "responses.testkit.record";

  /** The environment variable that overrides the mode, when the property is not set. */
  public static final String ENVIRONMENT = "RESPONSES_TESTKIT_RECORD";

  /**
   * The mode set by {@value #PROPERTY} or {@value #ENVIRONMENT}, if any.
   *
   * @return the overriding mode
   * @throws IllegalArgumentException when the setting names no mode
   */
  public static Optional<RecordMode> override() {
    String value = System.getProperty(PROPERTY);
    String source = PROPERTY;
    if (value == null || value.isBlank()) {
      value = System.getenv(ENVIRONMENT);
      source = ENVIRONMENT;
    }
    return value == null || value.isBlank() ? Optional.empty()
        : Optional.of(parse(value, source));
  }

  /**
   * A mode by name: {@code none}, {@code once}, {@code new} (or {@code new_episodes}),
   * {@code all}; case ignored.
   *
   * @param value the name
   * @param source where the name came from, for the error message
   * @return the mode
   * @throws IllegalArgumentException when the name is no mode
   */
  public static RecordMode parse(String value, String source) {
    String name = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    switch (name) {
      case "none":
        return NONE;
      case "once":
        return ONCE;
      case "new":
      case "new_episodes":
        return NEW_EPISODES;
      case "all":
        return ALL;
      default:
        throw new IllegalArgumentException(source + ": \"" + value + "\" is not a record mode;"
            + " use none, once, new or all");
    }
  }
}
