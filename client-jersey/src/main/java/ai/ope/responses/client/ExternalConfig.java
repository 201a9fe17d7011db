package ai.ope.responses.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings of a client from configuration: keys under {@code opeai.responses.} (for a named
 * client, {@code opeai.responses."name".} first, then the unnamed key), read from MicroProfile
 * Config when the application has it, else from system properties and then environment variables
 * (named as MicroProfile Config names them: {@code OPEAI_RESPONSES_API_KEY}).
 *
 * <p>MicroProfile Config is reached by reflection: its API jar has no module name, so this named
 * module cannot require it, and an application without it must not need it.
 */
final class ExternalConfig {

  static final String PREFIX = "opeai.responses.";

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  /** The settings a key may end with. */
  static final List<String> SETTINGS = List.of("api-key", "base-url", "organization", "project",
      "connect-timeout", "read-timeout", "timeout", "idle-timeout", "max-retries",
      "http-transport", "proxy", "proxy-user", "proxy-password", "non-proxy-hosts",
      "trust-store", "trust-store-type", "trust-store-password", "http-version",
      "default-headers", "default-query-parameters", "auth-header");

  private static final Pattern NAMED_KEY = Pattern.compile(Pattern.quote(PREFIX)
      + "(?:\"([^\"]+)\"|([^.\"]+))\\.(" + String.join("|", SETTINGS) + ")");

  private final String clientName;
  private final UnaryOperator<String> source;

  private ExternalConfig(String clientName, UnaryOperator<String> source) {
    this.clientName = clientName;
    this.source = source;
  }

  /** The configuration of the named client ("" or null: the default one). */
  static ExternalConfig of(String clientName) {
    return new ExternalConfig(clientName == null ? "" : clientName, defaultSource());
  }

  /** The configuration of the named client over the given source of values, for tests. */
  static ExternalConfig of(String clientName, UnaryOperator<String> source) {
    return new ExternalConfig(clientName == null ? "" : clientName, source);
  }

  /** The keys looked up for a setting, most specific first. */
  String[] keys(String setting) {
    return clientName.isEmpty() ? new String[] {PREFIX + setting}
        : new String[] {PREFIX + "\"" + clientName + "\"." + setting,
            PREFIX + clientName + "." + setting, PREFIX + setting};
  }

  /** The first key for a setting: the one to name in messages. */
  String key(String setting) {
    return keys(setting)[0];
  }

  Optional<String> text(String setting) {
    for (String key : keys(setting)) {
      String value = source.apply(key);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.strip());
      }
    }
    return Optional.empty();
  }

  Optional<Duration> duration(String setting) {
    return text(setting).map(value -> parseDuration(key(setting), value));
  }

  Optional<Integer> integer(String setting) {
    return text(setting).map(value -> {
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "Invalid " + key(setting) + ": \"" + value + "\" is not a whole number", e);
      }
    });
  }

  String clientName() {
    return clientName;
  }

  /** A duration: ISO-8601 ({@code PT30S}) or a number with a unit ({@code 500ms}, {@code 5m}). */
  static Duration parseDuration(String key, String value) {
    Matcher simple = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    try {
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        switch (simple.group(2)) {
          case "ms":
            return Duration.ofMillis(amount);
          case "s":
            return Duration.ofSeconds(amount);
          case "m":
            return Duration.ofMinutes(amount);
          default:
            return Duration.ofHours(amount);
        }
      }
      return Duration.parse(value);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("Invalid " + key + ": \"" + value + "\" is not a"
          + " duration; write it as 500ms, 30s, 5m, 1h or ISO-8601 (PT30S)", e);
    }
  }

  /**
   * The names of the clients the configuration has keys for ({@code opeai.responses."name".*} or
   * {@code opeai.responses.name.*}): MicroProfile Config's property names when it is present,
   * else system properties (environment variable names cannot be read back into names).
   */
  static Set<String> configuredClientNames() {
    Iterable<String> keys = MicroProfile.propertyNames();
    if (keys == null) {
      keys = System.getProperties().stringPropertyNames();
    }
    Set<String> names = new TreeSet<>();
    for (String key : keys) {
      Matcher named = NAMED_KEY.matcher(key);
      if (named.matches()) {
        names.add(named.group(1) != null ? named.group(1) : named.group(2));
      }
    }
    return names;
  }

  private static UnaryOperator<String> defaultSource() {
    UnaryOperator<String> microProfile = MicroProfile.source();
    return microProfile != null ? microProfile : ExternalConfig::systemThenEnvironment;
  }

  private static String systemThenEnvironment(String key) {
    String property = System.getProperty(key);
    return property != null ? property : System.getenv(environmentName(key));
  }

  /** MicroProfile Config's environment name of a key: non-alphanumerics become _, upper case. */
  static String environmentName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  /** MicroProfile Config, when the application's class loader has it. */
  private static final class MicroProfile {

    static UnaryOperator<String> source() {
      Object config = config();
      if (config == null) {
        return null;
      }
      try {
        Method lookup = config.getClass().getClassLoader()
            .loadClass("org.eclipse.microprofile.config.Config")
            .getMethod("getOptionalValue", String.class, Class.class);
        return key -> value(lookup, config, key);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("MicroProfile Config is present but cannot be read", e);
      }
    }

    @SuppressWarnings("unchecked")
    static Iterable<String> propertyNames() {
      Object config = config();
      if (config == null) {
        return null;
      }
      try {
        return (Iterable<String>) config.getClass().getClassLoader()
            .loadClass("org.eclipse.microprofile.config.Config")
            .getMethod("getPropertyNames").invoke(config);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("MicroProfile Config is present but cannot be read", e);
      }
    }

    /** The application's {@code Config}, or null where there is no MicroProfile Config. */
    private static Object config() {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = ExternalConfig.class.getClassLoader();
      }
      try {
        Class<?> provider = Class.forName(
            "org.eclipse.microprofile.config.ConfigProvider", true, loader);
        return provider.getMethod("getConfig", ClassLoader.class).invoke(null, loader);
      } catch (ClassNotFoundException | LinkageError absent) {
        return null;
      } catch (InvocationTargetException e) {
        // ConfigProvider is there without an implementation: no MicroProfile Config here
        return null;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("MicroProfile Config is present but cannot be read", e);
      }
    }

    private static String value(Method lookup, Object config, String key) {
      try {
        return ((Optional<?>) lookup.invoke(config, key, String.class)).map(String::valueOf)
            .orElse(null);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("Cannot read " + key + " from MicroProfile Config: "
            + e.getCause().getMessage(), e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("MicroProfile Config is present but cannot be read", e);
      }
    }
  }
}
