package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A replayed reasoning item must come with the item the model produced after it. The recorded
 * corpus shows the API refusing a reasoning item followed by a message written by the caller
 * (one without an {@code id}: corpus 040, "Item 'rs_…' of type 'reasoning' was provided without
 * its required following item.") and accepting one followed by the replayed message, function
 * call, web search or tool search call (with or without an id). Only that proven case is
 * refused: a reasoning item at the end of the input is left alone.
 */
final class ReasoningItems {

  private ReasoningItems() {}

  static Violation check(JsonObject body) {
    if (!(body.get("input") instanceof JsonArray items)) {
      return null;
    }
    for (int i = 0; i + 1 < items.size(); i++) {
      if (items.get(i) instanceof JsonObject item && isType(item, "reasoning")
          && items.get(i + 1) instanceof JsonObject next && isWrittenMessage(next)
          && item.get("id") instanceof JsonString id) {
        return new Violation(null, "input", "Item '" + ApiErrors.shown(id.getString())
            + "' of type 'reasoning' was provided without its required following item.", 1);
      }
    }
    return null;
  }

  /** A message the caller wrote, not one the model produced (those carry their id). */
  private static boolean isWrittenMessage(JsonObject item) {
    JsonValue type = item.get("type");
    boolean message = type == null || type == JsonValue.NULL ? item.containsKey("role")
        : isType(item, "message");
    return message && !RequestValidator.present(item, "id");
  }

  private static boolean isType(JsonObject item, String type) {
    return item.get("type") instanceof JsonString value && value.getString().equals(type);
  }
}
