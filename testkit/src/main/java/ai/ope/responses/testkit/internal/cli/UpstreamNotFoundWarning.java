package ai.ope.responses.testkit.internal.cli;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notices, in the lines a recording server prints, the upstream answering 404 to the create
 * endpoint: no Responses API answers so, so the upstream URL is wrong (most often it lacks
 * {@code /v1}). Warns once: every later request fails the same way.
 */
final class UpstreamNotFoundWarning {

  /** The line of {@code RecordedExchange} for a create answered 404; the query is irrelevant. */
  private static final Pattern CREATE_NOT_FOUND = Pattern.compile(
      "recorded POST (?:/v1)?/responses(?:\\?\\S*)? -> 404\\b.*? as (\\S+)$");

  private final URI upstream;
  private final AtomicBoolean warned = new AtomicBoolean();

  /**
   * A warning about this upstream.
   *
   * @param upstream the URL requests are forwarded to
   */
  UpstreamNotFoundWarning(URI upstream) {
    this.upstream = upstream;
  }

  /**
   * The warning this recorded line calls for, the first time only.
   *
   * @param line a line the recording server printed
   * @return the warning, or empty when the line is fine or the warning was already given
   */
  Optional<String> warningFor(String line) {
    Matcher notFound = CREATE_NOT_FOUND.matcher(line);
    if (!notFound.matches() || !warned.compareAndSet(false, true)) {
      return Optional.empty();
    }
    String base = upstream.toString().replaceAll("/+$", "");
    String hint = base.endsWith("/v1") ? "Is " + base + " the base URL of a Responses API?"
        : "Did you mean --upstream " + base + "/v1 ?";
    return Optional.of("WARNING: the upstream answered 404 Not Found to POST " + base
        + "/responses: it is not a Responses API there. " + hint + " The 404 was recorded (as "
        + notFound.group(1) + "): delete it before recording again.");
  }
}
