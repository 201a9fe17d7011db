package ai.ope.responses.testkit;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The options a {@link FakeResponsesServer} answers by, fixed when it starts (but for the
 * validation switch, which a test may flip while the server runs).
 *
 * @param clock the clock for timestamps
 * @param fallback what answers a create request nothing scripted or recorded answers
 * @param maxRequestBytes the largest body accepted
 * @param apiKey the key every request must carry, or null to accept any
 * @param replaySpeed how fast recorded streams replay (0 = at once)
 * @param validating whether requests the server answers itself are validated like the API does
 * @param knownModels the model names the server knows; empty to accept any model
 * @param onAnswered told of each request once it is answered (for {@code serve --log})
 * @param inspector whether {@code GET /__admin/} serves the inspector page to browsers
 */
record ServerConfig(Clock clock, FakeResponsesServer.Fallback fallback, long maxRequestBytes,
    String apiKey, double replaySpeed, AtomicBoolean validating, Set<String> knownModels,
    Consumer<RecordedRequest> onAnswered, boolean inspector) {

  ServerConfig {
    knownModels = Set.copyOf(knownModels);
  }

  /**
   * A configuration with validation and the inspector on, any model and key accepted, nobody
   * told.
   */
  static ServerConfig of(Clock clock, FakeResponsesServer.Fallback fallback,
      long maxRequestBytes) {
    return new ServerConfig(clock, fallback, maxRequestBytes, null, 0, new AtomicBoolean(true),
        Set.of(), request -> { }, true);
  }
}
