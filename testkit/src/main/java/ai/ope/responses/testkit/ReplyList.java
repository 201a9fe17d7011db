package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /__admin/replies}: one reply description, or several as
 * {@code {"replies": [...]}}, read whole so that a refused request queues nothing.
 */
final class ReplyList {

  private ReplyList() {}

  /**
   * The replies a body describes, in order.
   *
   * @throws BadAdminRequest naming the first member at fault
   */
  static List<ReplyDescription.Read> read(JsonValue body) {
    if (!(body instanceof JsonObject object && object.containsKey("replies"))) {
      return List.of(ReplyDescription.read(body, ""));
    }
    for (String other : object.keySet()) {
      if (!other.equals("replies")) {
        throw BadAdminRequest.conflict(ApiErrors.shown(other), "'replies' lists the replies to"
            + " queue; '" + ApiErrors.shown(other) + "' belongs inside one of them.");
      }
    }
    JsonArray replies = JsonMembers.of(object, "", List.of("replies")).array("replies")
        .orElseThrow(() -> BadAdminRequest.missing("replies", ": a list of reply descriptions"));
    if (replies.isEmpty()) {
      throw BadAdminRequest.invalidValue("replies", "the list is empty: nothing to queue.");
    }
    List<ReplyDescription.Read> read = new ArrayList<>();
    for (int i = 0; i < replies.size(); i++) {
      read.add(ReplyDescription.read(replies.get(i), "replies[" + i + "]"));
    }
    return read;
  }
}
