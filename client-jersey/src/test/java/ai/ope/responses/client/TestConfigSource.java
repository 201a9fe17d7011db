package ai.ope.responses.client;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A MicroProfile Config source whose values tests set and clear, read live: registered through
 * {@code META-INF/services}, as an application's own sources are.
 */
// public for ServiceLoader; the MicroProfile type it implements is a test-only dependency
@SuppressWarnings("exports")
public final class TestConfigSource implements ConfigSource {

  /** The values; tests put what they configure and clear it after. */
  public static final Map<String, String> VALUES = new ConcurrentHashMap<>();

  /** Created by MicroProfile Config's service loading. */
  public TestConfigSource() {}

  @Override
  public Set<String> getPropertyNames() {
    return VALUES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return VALUES.get(propertyName);
  }

  @Override
  public String getName() {
    return "test values";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
