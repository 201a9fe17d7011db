package ai.ope.responses.testkit.junit;

import ai.ope.responses.testkit.Cassette;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordMode;
import ai.ope.responses.testkit.Recording;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link FakeResponsesServer} for JUnit 5 tests: starts it, loads the cassette a
 * {@link UseCassette} names, injects it (or its {@link BaseUri}) into test parameters, fails the
 * test when a request went unanswered, and closes it.
 *
 * <p>Two ways to use it:
 *
 * <ul>
 *   <li>Declarative, {@link FakeResponses @FakeResponses} on the class (or
 *       {@code @ExtendWith(FakeResponsesExtension.class)}): every test gets its own server.
 *   <li>Programmatic, with options: {@code @RegisterExtension FakeResponsesExtension fake =
 *       FakeResponsesExtension.withOptions(b -> b.replaySpeed(1));} then {@code fake.server()}.
 *       On an instance field every test gets its own server; on a static field the class's tests
 *       share one, reset before each test (so those tests must not run concurrently).
 * </ul>
 *
 * <p>Servers live in JUnit's extension store, never in static state: tests running in parallel
 * each use their own.
 */
public final class FakeResponsesExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeResponsesExtension.class);

  private final Consumer<FakeResponsesServer.Builder> options;
  private final boolean sharedWhenStatic;
  private final String key = "server-" + System.identityHashCode(this);
  /** The running test's server, for {@link #server()}: tests run on the thread of beforeEach. */
  private final ThreadLocal<FakeResponsesServer> current = new ThreadLocal<>();

  /** The declarative form's constructor, called by JUnit: a server per test, default options. */
  public FakeResponsesExtension() {
    this(builder -> { }, false);
  }

  private FakeResponsesExtension(Consumer<FakeResponsesServer.Builder> options,
      boolean sharedWhenStatic) {
    this.options = options;
    this.sharedWhenStatic = sharedWhenStatic;
  }

  /**
   * An extension with default options, for {@code @RegisterExtension}.
   *
   * @return the extension
   */
  public static FakeResponsesExtension create() {
    return withOptions(builder -> { });
  }

  /**
   * An extension whose servers are built with these options, for {@code @RegisterExtension}.
   *
   * @param options changes to a server builder (fallback, replay speed, ignored pointers...)
   * @return the extension
   */
  public static FakeResponsesExtension withOptions(Consumer<FakeResponsesServer.Builder> options) {
    return new FakeResponsesExtension(Objects.requireNonNull(options, "options"), true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    if (sharedWhenStatic) {
      context.getStore(NAMESPACE).put(key, start());
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Optional<UseCassette> cassette = cassette(context);
    RecordMode mode = cassette.map(annotation -> RecordMode.override()
        .orElse(annotation.record())).orElse(RecordMode.NONE);
    FakeResponsesServer shared = context.getStore(NAMESPACE).get(key, FakeResponsesServer.class);
    FakeResponsesServer server;
    if (mode != RecordMode.NONE) {
      // A recording server is configured at start: this test gets its own (shadowing a shared
      // one), closed with the test's context.
      server = start(Recording.to(Cassette.folderIn(cassetteRoot(), cassette.get().value()))
          .upstream(upstream()).mode(mode));
      context.getStore(NAMESPACE).put(key, server);
    } else if (shared != null) {
      shared.reset();
      server = shared;
    } else {
      server = start();
      // Closed by JUnit when the test's context closes: the store closes AutoCloseable values.
      context.getStore(NAMESPACE).put(key, server);
    }
    if (mode == RecordMode.NONE) {
      cassette.ifPresent(annotation -> server.load(Cassette.fromClasspath(annotation.value())));
    }
    current.set(server);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    current.remove();
    FakeResponsesServer server = serverOf(context);
    List<String> unmatched = server.unmatchedRequests();
    if (!unmatched.isEmpty()) {
      throw new AssertionError("The fake Responses server received " + unmatched.size()
          + " request(s) that no stub, queued reply or cassette answered:\n  "
          + String.join("\n  ", unmatched));
    }
    List<String> notRecorded = server.recordingProblems();
    if (!notRecorded.isEmpty()) {
      throw new AssertionError("The recording fake server could not record everything:\n  "
          + String.join("\n  ", notRecorded));
    }
  }

  /**
   * The server of the test running on the calling thread, for {@code @RegisterExtension} users.
   *
   * @return the server
   * @throws IllegalStateException outside a test
   */
  public FakeResponsesServer server() {
    FakeResponsesServer server = current.get();
    if (server == null) {
      throw new IllegalStateException("no fake server: server() is available during a test");
    }
    return server;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == FakeResponsesServer.class
        || type == URI.class && parameter.isAnnotated(BaseUri.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FakeResponsesServer server = context.getStore(NAMESPACE).get(key, FakeResponsesServer.class);
    if (server == null) {
      throw new ParameterResolutionException(
          "the fake server starts before each test: inject it into test methods");
    }
    return parameter.getParameter().getType() == URI.class ? server.baseUri() : server;
  }

  private FakeResponsesServer serverOf(ExtensionContext context) {
    FakeResponsesServer server = context.getStore(NAMESPACE).get(key, FakeResponsesServer.class);
    if (server == null) {
      throw new IllegalStateException("no fake server for " + context.getDisplayName());
    }
    return server;
  }

  private FakeResponsesServer start() {
    FakeResponsesServer.Builder builder = FakeResponsesServer.builder();
    options.accept(builder);
    return builder.start();
  }

  private FakeResponsesServer start(Recording recording) {
    FakeResponsesServer.Builder builder = FakeResponsesServer.builder();
    options.accept(builder);
    return builder.recording(recording).start();
  }

  /** Where recorded cassettes are written: the test resources, unless configured. */
  private static Path cassetteRoot() {
    return Path.of(System.getProperty("responses.testkit.cassettes", "src/test/resources"));
  }

  private static URI upstream() {
    String configured = System.getProperty("responses.testkit.upstream");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("OPEAI_BASE_URL");
    }
    return configured == null || configured.isBlank() ? Recording.DEFAULT_UPSTREAM
        : URI.create(configured.strip());
  }

  private static Optional<UseCassette> cassette(ExtensionContext context) {
    Optional<UseCassette> onMethod = context.getTestMethod()
        .flatMap(method -> AnnotationSupport.findAnnotation(method, UseCassette.class));
    Optional<UseCassette> annotation = onMethod.isPresent() ? onMethod
        : context.getTestClass()
            .flatMap(type -> AnnotationSupport.findAnnotation(type, UseCassette.class));
    return annotation;
  }
}
