package ai.ope.responses.testkit;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link FakeResponsesServer} records a cassette from a real server: it forwards the
 * requests its cassette does not answer to the upstream, answers the caller live (streams event
 * by event as they arrive), and writes each exchange into the cassette folder.
 *
 * <pre>{@code
 * FakeResponsesServer server = FakeResponsesServer.builder()
 *     .recording(Recording.to(Path.of("src/test/resources/cassettes/weather"))
 *         .mode(RecordMode.ONCE))
 *     .start();
 * }</pre>
 *
 * <p>Safe by default: only allow-listed response headers are written, never a request header;
 * the API key, bearer tokens, {@code sk-…} keys and the secrets given to {@link #redact} are
 * replaced in every body; and an interaction in which a known secret would still be written is
 * refused (nothing written, the server reports it). Volatile values are normalised unless
 * {@link #normalize(boolean) turned off}: ids become {@code <prefix>_recNNNN}, consistently
 * across the cassette so that {@code previous_response_id} chains replay, and timestamps a
 * constant. Immutable.
 *
 * <p>WebSocket connections on {@code /v1/responses} are recorded too: a connection whose first
 * {@code response.create} event nothing answers is passed through to the upstream as a whole
 * (frames as sent, live) and written, when it ends, as one folder holding its
 * {@code websocket.txt}, made safe as above.
 */
public final class Recording {

  /** The default upstream: the OPEAI Platform. */
  public static final URI DEFAULT_UPSTREAM = URI.create("https://api-platform.ope.ai/v1");

  private final Path folder;
  private final URI upstream;
  private final RecordMode mode;
  private final String apiKey;
  private final List<String> secrets;
  private final boolean normalize;

  private Recording(Path folder, URI upstream, RecordMode mode, String apiKey,
      List<String> secrets, boolean normalize) {
    this.folder = folder;
    this.upstream = upstream;
    this.mode = mode;
    this.apiKey = apiKey;
    this.secrets = List.copyOf(secrets);
    this.normalize = normalize;
  }

  /**
   * Records into this cassette folder, from the default upstream, in mode {@link RecordMode#ONCE},
   * forwarding the caller's own {@code Authorization} header.
   *
   * @param folder the cassette folder (created when missing)
   * @return the recording
   */
  public static Recording to(Path folder) {
    return new Recording(Objects.requireNonNull(folder, "folder"), DEFAULT_UPSTREAM,
        RecordMode.ONCE, null, List.of(), true);
  }

  /**
   * The server to record from.
   *
   * @param upstream its base URI, ending like the API's in {@code /v1}
   * @return the changed copy
   */
  public Recording upstream(URI upstream) {
    String text = Objects.requireNonNull(upstream, "upstream").toString().replaceAll("/+$", "");
    return new Recording(folder, URI.create(text), mode, apiKey, secrets, normalize);
  }

  /**
   * The record mode, unless {@link RecordMode#override()} sets another.
   *
   * @param mode the mode
   * @return the changed copy
   */
  public Recording mode(RecordMode mode) {
    return new Recording(folder, upstream, Objects.requireNonNull(mode, "mode"), apiKey, secrets,
        normalize);
  }

  /**
   * The API key to send upstream, instead of the caller's {@code Authorization} header. It is
   * never written.
   *
   * @param apiKey the key
   * @return the changed copy
   */
  public Recording apiKey(String apiKey) {
    return new Recording(folder, upstream, mode, Objects.requireNonNull(apiKey, "apiKey"),
        secrets, normalize);
  }

  /**
   * More values that must never be written (tokens of tools, passwords...): replaced wherever
   * they appear, and checked before writing.
   *
   * @param values the secrets
   * @return the changed copy
   */
  public Recording redact(String... values) {
    List<String> all = new ArrayList<>(secrets);
    for (String value : values) {
      if (!Objects.requireNonNull(value, "secret").isBlank()) {
        all.add(value);
      }
    }
    return new Recording(folder, upstream, mode, apiKey, all, normalize);
  }

  /**
   * Whether ids and timestamps are normalised so that cassettes diff well (default true).
   *
   * @param normalize false to keep every value as received
   * @return the changed copy
   */
  public Recording normalize(boolean normalize) {
    return new Recording(folder, upstream, mode, apiKey, secrets, normalize);
  }

  /**
   * The cassette folder.
   *
   * @return the folder
   */
  public Path folder() {
    return folder;
  }

  /**
   * The upstream base URI.
   *
   * @return the URI
   */
  public URI upstream() {
    return upstream;
  }

  /**
   * The mode in force: the override, else the mode given.
   *
   * @return the mode
   */
  public RecordMode effectiveMode() {
    return RecordMode.override().orElse(mode);
  }

  String apiKey() {
    return apiKey;
  }

  List<String> secrets() {
    return secrets;
  }

  boolean normalizes() {
    return normalize;
  }

  @Override
  public String toString() {
    return "Recording[" + folder + " from " + upstream + ", " + effectiveMode()
        + (apiKey == null ? "" : ", apiKey=***") + (normalize ? "" : ", not normalised") + "]";
  }
}
