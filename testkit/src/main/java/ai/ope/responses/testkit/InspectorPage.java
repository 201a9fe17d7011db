package ai.ope.responses.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The inspector: a page for a browser at {@code /__admin/} and its script and style sheet, read
 * from the classpath folder {@code ai/ope/responses/testkit/inspector/}. It only calls the admin
 * API, so everything it shows a test can read too.
 */
final class InspectorPage {

  /** What the page may load: its own files and its own API, nothing inline. */
  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self';"
      + " style-src 'self'; img-src 'self' data:; connect-src 'self'";

  /** The endpoints (paths below {@code /__admin/}) of the two assets. */
  static final String SCRIPT = "inspector.js";
  static final String STYLES = "inspector.css";
  private static final String PAGE = "index.html";

  private static final Map<String, String> CONTENT_TYPES = Map.of(
      PAGE, "text/html; charset=utf-8",
      SCRIPT, "text/javascript; charset=utf-8",
      STYLES, "text/css; charset=utf-8");

  /** Each file read once: a page polled every second should not touch the jar each time. */
  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  private InspectorPage() {}

  /**
   * Whether a {@code GET /__admin/} comes from a browser: those ask for HTML; scripts and
   * {@code curl} get the JSON listing, as before the page existed.
   */
  static boolean wanted(RecordedRequest request) {
    List<String> accept = request.headers().getOrDefault("Accept", List.of());
    return accept.stream()
        .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("text/html"));
  }

  /** The page, with the policy that keeps any text it shows from running as script. */
  static Answer page() {
    return file(PAGE, Map.of("content-security-policy", CONTENT_SECURITY_POLICY));
  }

  /** The script or the style sheet, by its endpoint name. */
  static Answer asset(String name) {
    return file(name, Map.of());
  }

  private static Answer file(String name, Map<String, String> extraHeaders) {
    byte[] body = FILES.computeIfAbsent(name, InspectorPage::read);
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("content-type", CONTENT_TYPES.get(name));
    // always fresh: the page of a newer testkit must not run an older cached script
    headers.put("cache-control", "no-store");
    headers.put("x-content-type-options", "nosniff");
    return Answer.ofBytes(200, headers, body);
  }

  private static byte[] read(String name) {
    try (InputStream in = InspectorPage.class.getResourceAsStream("inspector/" + name)) {
      if (in == null) {
        throw new IllegalStateException("inspector/" + name + " is missing from the testkit jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read inspector/" + name, e);
    }
  }
}
