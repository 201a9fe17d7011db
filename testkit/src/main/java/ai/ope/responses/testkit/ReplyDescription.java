package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One reply description of {@code POST /__admin/replies}, read into the {@link Reply} it
 * describes and the requests it answers. A description is a response ({@code text},
 * {@code function_calls}... see {@link OutputDescription}), an API error ({@code error},
 * {@code rate_limited_ms}) or a connection reset ({@code reset}), shaped by the faults of
 * {@link FaultDescription}, for create requests unless {@code method} and {@code path} say
 * otherwise, optionally only those whose body contains {@code match}.
 */
final class ReplyDescription {

  /**
   * A reply read from its description.
   *
   * @param reply the reply
   * @param target the requests it may answer
   */
  record Read(Reply reply, ReplyTarget target) {}

  private static final List<String> ERROR = List.of("error", "rate_limited_ms");
  private static final List<String> TARGET = List.of("match", "method", "path");
  private static final List<String> ERROR_MEMBERS =
      List.of("status", "type", "code", "message", "param");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
  /** Every member a description takes, in the order the documentation lists them. */
  static final List<String> MEMBERS = members();

  private ReplyDescription() {}

  private static List<String> members() {
    List<String> all = new ArrayList<>(OutputDescription.MEMBERS);
    all.addAll(ERROR);
    all.add("reset");
    all.addAll(FaultDescription.MEMBERS);
    all.addAll(TARGET);
    return List.copyOf(all);
  }

  /**
   * Reads a description.
   *
   * @param description the JSON object
   * @param at where it is in the request ({@code replies[1]}), empty for the whole body
   * @throws BadAdminRequest when it is not a valid description
   */
  static Read read(JsonValue description, String at) {
    JsonMembers members = JsonMembers.of(description, at, MEMBERS);
    Reply reply = FaultDescription.apply(answer(members, at), members);
    return new Read(reply, target(members));
  }

  /** The response, error or reset a description asks for, before its faults. */
  private static Reply answer(JsonMembers members, String at) {
    List<String> kinds = new ArrayList<>();
    members.present().stream().filter(OutputDescription.ANSWERS::contains).findFirst()
        .ifPresent(kinds::add);
    members.present().stream().filter(name -> ERROR.contains(name) || name.equals("reset"))
        .forEach(kinds::add);
    if (kinds.isEmpty()) {
      List<String> choices = new ArrayList<>(OutputDescription.ANSWERS);
      choices.addAll(ERROR);
      choices.add("reset");
      throw BadAdminRequest.nothingToAnswer(at, choices);
    }
    if (kinds.size() > 1) {
      throw BadAdminRequest.conflict(members.path(kinds.get(1)), "'" + kinds.get(0) + "' and '"
          + kinds.get(1) + "' cannot be combined: a reply is one response, one error or one"
          + " connection reset.");
    }
    switch (kinds.get(0)) {
      case "error":
        return error(JsonMembers.of(members.object("error").orElseThrow(),
            members.path("error"), ERROR_MEMBERS));
      case "rate_limited_ms":
        return Reply.rateLimited(Duration.ofMillis(
            members.integer("rate_limited_ms", 0, Integer.MAX_VALUE).orElseThrow()));
      case "reset":
        if (!members.bool("reset").orElseThrow()) {
          throw BadAdminRequest.invalidValue(members.path("reset"),
              "only true is meaningful; leave it out for a reply that answers.");
        }
        return Reply.connectionReset();
      default:
        return OutputDescription.read(members);
    }
  }

  /** {@code {"status": 500, "type": …, "code": …, "message": …, "param": …}}. */
  private static Reply error(JsonMembers error) {
    int status = error.integer("status", 400, 599)
        .orElseThrow(() -> BadAdminRequest.missing(error.path("status"), ""));
    String type = error.string("type")
        .orElse(status >= 500 ? "server_error" : "invalid_request_error");
    String message = error.requiredString("message");
    return Reply.json(status, ApiErrors.envelope(message, type,
        error.string("param").orElse(null), error.string("code").orElse(null)));
  }

  private static ReplyTarget target(JsonMembers members) {
    JsonObject match = members.object("match").orElse(null);
    if (members.has("method") != members.has("path")) {
      String absent = members.has("method") ? "path" : "method";
      throw BadAdminRequest.missing(members.path(absent),
          ": 'method' and 'path' name an endpoint together");
    }
    if (!members.has("method")) {
      return new ReplyTarget(ReplyTarget.CREATE_METHOD, ReplyTarget.CREATE_PATH, match);
    }
    String method = members.requiredString("method");
    if (!TOKEN.matcher(method).matches()) {
      throw BadAdminRequest.invalidValue(members.path("method"), "expected an HTTP method such"
          + " as GET, POST or DELETE, but got '" + ApiErrors.shown(method) + "'.");
    }
    String path = members.requiredString("path");
    if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
      throw BadAdminRequest.invalidValue(members.path("path"), "expected a path such as"
          + " /v1/responses/resp_123, starting with / and without a query, but got '"
          + ApiErrors.shown(path) + "'.");
    }
    if (AdminApi.handles(path)) {
      throw BadAdminRequest.invalidValue(members.path("path"),
          "the admin API answers its own paths; a reply cannot be queued for them.");
    }
    return new ReplyTarget(method.toUpperCase(Locale.ROOT), path, match);
  }
}
