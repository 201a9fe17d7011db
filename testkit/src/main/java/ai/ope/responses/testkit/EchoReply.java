package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.Role;
import java.util.List;

/**
 * The reply of a server without scripts or cassettes (the standalone jar's default): it echoes
 * the last user message, deterministically, so any client can be pointed at it.
 */
final class EchoReply {

  private EchoReply() {}

  static Reply to(RecordedRequest request) {
    return Reply.text("You said: " + lastUserText(request));
  }

  private static String lastUserText(RecordedRequest request) {
    try {
      CreateResponseRequest body = request.bodyAs(CreateResponseRequest.class);
      if (body.input() == null) {
        return "";
      }
      List<InputItem> items = body.input().items();
      for (int i = items.size() - 1; i >= 0; i--) {
        if (items.get(i) instanceof Message message && Role.USER.equals(message.role())) {
          return message.text();
        }
      }
      return "";
    } catch (ResponsesJsonException unreadable) {
      return "";
    }
  }
}
