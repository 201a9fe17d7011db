package ai.ope.responses.testkit;

import jakarta.json.JsonArrayBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The fake server's own HTTP API under {@code /__admin/}, for test suites in any language: queue
 * replies and faults, read and clear the journal, reset the server. JSON in, JSON out; a bad
 * request gets a 4xx in the API's error envelope and changes nothing. Documented in
 * {@code docs/admin-api.md}.
 *
 * <p>This class routes; the reply descriptions are read by {@link ReplyList} and
 * {@link ReplyDescription}, shown by {@link ReplyView}, requests are shown by
 * {@link JournalView}, and what the server holds by {@link StateView}; unless the inspector is
 * off, a browser gets the {@link InspectorPage} instead of the index.
 */
final class AdminApi {

  /** Where the admin API lives; requests there are not journaled. */
  static final String PREFIX = "/__admin/";

  private final Stubs stubs;
  private final Journal journal;
  private final ResponseStore store;
  private final CassetteMatcher cassettes;
  private final ServerConfig config;
  /** Endpoint (the path below the prefix) to method to handler. */
  private final Map<String, Map<String, Function<RecordedRequest, Answer>>> endpoints;

  AdminApi(Stubs stubs, Journal journal, ResponseStore store, CassetteMatcher cassettes,
      ServerConfig config) {
    this.stubs = stubs;
    this.journal = journal;
    this.store = store;
    this.cassettes = cassettes;
    this.config = config;
    Map<String, Map<String, Function<RecordedRequest, Answer>>> routes = new HashMap<>(Map.of(
        "", Map.of("GET", request -> AdminAnswers.index()),
        "replies", new TreeMap<>(Map.of("GET", request -> listReplies(),
            "POST", this::queueReplies, "DELETE", request -> clearReplies())),
        "requests", new TreeMap<>(Map.of("GET", this::listRequests,
            "DELETE", request -> clearRequests())),
        "reset", Map.of("POST", request -> reset()),
        "state", Map.of("GET", request -> AdminAnswers.json(200,
            StateView.of(stubs, cassettes, store, config)))));
    if (config.inspector()) {
      routes.put("", Map.of("GET", request -> InspectorPage.wanted(request)
          ? InspectorPage.page() : AdminAnswers.index()));
      routes.put(InspectorPage.SCRIPT, Map.of("GET",
          request -> InspectorPage.asset(InspectorPage.SCRIPT)));
      routes.put(InspectorPage.STYLES, Map.of("GET",
          request -> InspectorPage.asset(InspectorPage.STYLES)));
    }
    this.endpoints = Map.copyOf(routes);
  }

  /** Whether a request path belongs to the admin API. */
  static boolean handles(String path) {
    return path.equals("/__admin") || path.startsWith(PREFIX);
  }

  /** The answer to an admin request: never an exception, whatever the request. */
  Answer answer(RecordedRequest request) {
    String path = request.path();
    String endpoint = path.length() <= PREFIX.length() ? "" : path.substring(PREFIX.length());
    endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    Map<String, Function<RecordedRequest, Answer>> methods = endpoints.get(endpoint);
    if (methods == null) {
      return AdminAnswers.unknownEndpoint(request);
    }
    Function<RecordedRequest, Answer> handler = methods.get(request.method());
    if (handler == null) {
      return AdminAnswers.wrongMethod(request, methods.keySet());
    }
    try {
      checkQuery(request, endpoint.equals("requests") && request.method().equals("GET")
          ? Set.of("since") : Set.of());
      if (!request.method().equals("POST") || !endpoint.equals("replies")) {
        AdminAnswers.requireNoBody(request);
      }
      return handler.apply(request);
    } catch (BadAdminRequest bad) {
      return bad.answer();
    }
  }

  private static void checkQuery(RecordedRequest request, Set<String> taken) {
    for (String name : QueryParameters.parse(request.query()).names()) {
      if (!taken.contains(name)) {
        throw BadAdminRequest.unknownQueryParameter(name);
      }
    }
  }

  /** {@code POST /__admin/replies}: one description, or {@code {"replies": [...]}}. */
  private Answer queueReplies(RecordedRequest request) {
    List<ReplyDescription.Read> read = ReplyList.read(AdminAnswers.jsonBody(request));
    JsonArrayBuilder ids = Json.PROVIDER.createArrayBuilder();
    read.forEach(reply -> ids.add(stubs.enqueue(reply.target(), reply.reply())));
    return AdminAnswers.json(201, Json.PROVIDER.createObjectBuilder()
        .add("queued", read.size()).add("ids", ids).build());
  }

  private Answer listReplies() {
    JsonArrayBuilder replies = Json.PROVIDER.createArrayBuilder();
    stubs.queued().forEach(queued -> replies.add(ReplyView.of(queued)));
    return AdminAnswers.json(200,
        Json.PROVIDER.createObjectBuilder().add("replies", replies).build());
  }

  private Answer clearReplies() {
    return AdminAnswers.json(200, Json.PROVIDER.createObjectBuilder()
        .add("deleted", stubs.clearQueue()).build());
  }

  /** {@code GET /__admin/requests[?since=N]}: the journal, oldest first. */
  private Answer listRequests(RecordedRequest request) {
    Optional<String> since = QueryParameters.parse(request.query()).first("since");
    long after = since.map(AdminAnswers::since).orElse(0L);
    JsonArrayBuilder requests = Json.PROVIDER.createArrayBuilder();
    journal.all().stream().filter(received -> received.sequence() > after)
        .forEach(received -> requests.add(JournalView.of(received)));
    return AdminAnswers.json(200, Json.PROVIDER.createObjectBuilder()
        .add("requests", requests).add("received", journal.received()).build());
  }

  private Answer clearRequests() {
    int kept = journal.all().size();
    journal.clear();
    return AdminAnswers.json(200,
        Json.PROVIDER.createObjectBuilder().add("deleted", kept).build());
  }

  /** Queue, stubs, journal and stored responses cleared; cassettes kept but rewound. */
  private Answer reset() {
    stubs.clear();
    journal.clear();
    store.clear();
    cassettes.rewind();
    return AdminAnswers.json(200,
        Json.PROVIDER.createObjectBuilder().add("reset", true).build());
  }
}
