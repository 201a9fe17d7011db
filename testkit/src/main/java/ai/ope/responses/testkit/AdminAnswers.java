package ai.ope.responses.testkit;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;

/** The admin API's plain answers and checks: JSON bodies in and out, and its routing errors. */
final class AdminAnswers {

  /** Every endpoint, as the index and the 404 list them. */
  static final List<String> ENDPOINTS = List.of("GET /__admin/",
      "POST /__admin/replies", "GET /__admin/replies", "DELETE /__admin/replies",
      "GET /__admin/requests", "DELETE /__admin/requests", "POST /__admin/reset",
      "GET /__admin/state");

  private AdminAnswers() {}

  /** A JSON answer with this status. */
  static Answer json(int status, JsonObject body) {
    return new Answer(Reply.builder().build(), new Outcome.Json(status, body.toString()));
  }

  /** {@code GET /__admin/}: what there is, for someone who follows the URL {@code serve} prints. */
  static Answer index() {
    return json(200, Json.PROVIDER.createObjectBuilder()
        .add("name", "Admin API of the fake Responses API server")
        .add("endpoints", Json.PROVIDER.createArrayBuilder(ENDPOINTS))
        .add("documentation", "docs/admin-api.md in the project's repository")
        .build());
  }

  static Answer unknownEndpoint(RecordedRequest request) {
    return Answer.invalidRequest(404, "Unknown admin endpoint: "
        + ApiErrors.shown(request.method()) + " " + ApiErrors.shown(request.path())
        + ". The admin API has: " + String.join(", ", ENDPOINTS) + ".", null,
        "unknown_admin_endpoint");
  }

  /** A 405 with the {@code Allow} header listing the methods the endpoint takes. */
  static Answer wrongMethod(RecordedRequest request, Collection<String> allowed) {
    String methods = String.join(", ", allowed);
    return Answer.of(ApiErrors.invalidRequest(405, "Method " + ApiErrors.shown(request.method())
        + " is not allowed on " + ApiErrors.shown(request.path()) + "; it takes " + methods
        + ".", null, "method_not_allowed").withHeader("allow", methods));
  }

  /**
   * The body as JSON, with the parser's own account of where it is broken. The content type is
   * not checked: {@code curl -d} sends JSON labelled as a form.
   */
  static JsonValue jsonBody(RecordedRequest request) {
    String text = request.bodyAsString();
    if (text.isBlank()) {
      throw BadAdminRequest.invalidJson("the body is empty; send a JSON object.");
    }
    JsonValue value;
    boolean moreFollows;
    try (JsonParser parser = Json.PROVIDER.createParser(new StringReader(text))) {
      parser.next();
      value = parser.getValue();
      moreFollows = moreFollows(parser);
    } catch (JsonException | IllegalStateException unreadable) {
      String why = String.valueOf(unreadable.getMessage());
      throw BadAdminRequest.invalidJson(why.length() <= 300 ? why : why.substring(0, 300) + "…");
    } catch (RuntimeException tooDeep) {
      // Parsson refuses input nested over 1000 levels with a plain RuntimeException
      throw BadAdminRequest.invalidJson("it is nested too deeply.");
    }
    if (moreFollows) {
      // a reader would take the first value and drop the rest without a word
      throw BadAdminRequest.invalidJson("more follows the first JSON value; send one object"
          + " (several replies go in {\"replies\": [...]}).");
    }
    return value;
  }

  private static boolean moreFollows(JsonParser parser) {
    try {
      return parser.hasNext();
    } catch (JsonException notJsonEither) {
      return true;
    }
  }

  /** Endpoints other than {@code POST /__admin/replies} take no body; {@code {}} is tolerated. */
  static void requireNoBody(RecordedRequest request) {
    String text = request.bodyAsString();
    if (!text.isBlank() && !(jsonBody(request) instanceof JsonObject object
        && object.isEmpty())) {
      throw BadAdminRequest.invalidValue("body", request.method() + " "
          + ApiErrors.shown(request.path())
          + " takes no body, but got " + request.body().length + " bytes.");
    }
  }

  /** The {@code since} of {@code GET /__admin/requests}: a sequence number, 0 or more. */
  static long since(String value) {
    try {
      long since = Long.parseLong(value);
      if (since >= 0) {
        return since;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw BadAdminRequest.invalidValue("since", "expected the sequence number of the last"
        + " request seen (0 or more), but got '" + ApiErrors.shown(value) + "'.");
  }
}
