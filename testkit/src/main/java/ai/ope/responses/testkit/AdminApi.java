package ai.ope.responses.testkit;

/**
 * The fake server's own HTTP API under {@code /__admin/}, for test suites in any language: queue
 * replies and faults, read and clear the journal, reset the server.
 */
final class AdminApi {

  /** Where the admin API lives; requests there are not journaled. */
  static final String PREFIX = "/__admin/";

  private final Stubs stubs;
  private final Journal journal;
  private final ResponseStore store;
  private final CassetteMatcher cassettes;

  AdminApi(Stubs stubs, Journal journal, ResponseStore store, CassetteMatcher cassettes) {
    this.stubs = stubs;
    this.journal = journal;
    this.store = store;
    this.cassettes = cassettes;
  }

  /** Whether a request path belongs to the admin API. */
  static boolean handles(String path) {
    return path.equals("/__admin") || path.startsWith(PREFIX);
  }

  /** The answer to an admin request. */
  Answer answer(RecordedRequest request) {
    // TODO(admin): replies, requests, reset
    return Answer.invalidRequest(404, "Unknown admin endpoint: " + request.method() + " "
            + ApiErrors.shown(request.path()), null, "unknown_admin_endpoint");
  }
}
