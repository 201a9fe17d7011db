package ai.ope.responses.testkit;

import ai.ope.responses.api.ContentPart;
import ai.ope.responses.api.FunctionCallOutput;
import ai.ope.responses.api.Input;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputText;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.MessageContent;
import ai.ope.responses.api.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * A request's input as {@code GET /responses/{id}/input_items} shows it: every item with an id and
 * a type, messages with their content as parts.
 */
final class InputListing {

  private InputListing() {}

  static List<InputItem> of(Input input, Ids ids) {
    if (input == null) {
      return List.of();
    }
    List<InputItem> listed = new ArrayList<>();
    for (InputItem item : input.items()) {
      listed.add(listed(item, ids));
    }
    return List.copyOf(listed);
  }

  private static InputItem listed(InputItem item, Ids ids) {
    if (item instanceof Message message) {
      List<ContentPart> parts = message.content() instanceof MessageContent.Text text
          ? List.of(new InputText(text.text(), null))
          : message.content() == null ? List.of() : message.content().parts();
      return new Message("message", message.id() != null ? message.id() : ids.next("msg"),
          message.role() != null ? message.role() : Role.USER, new MessageContent.Parts(parts),
          message.status() != null ? message.status() : "completed", message.phase(),
          message.extra());
    }
    if (item instanceof FunctionCallOutput output && output.id() == null) {
      return new FunctionCallOutput(ids.next("fco"), output.callId(), output.output(),
          output.name(), output.namespace(), output.caller(),
          output.status() != null ? output.status() : "completed", output.createdBy(),
          output.extra());
    }
    return item;
  }
}
