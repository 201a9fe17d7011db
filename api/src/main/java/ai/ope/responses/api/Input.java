package ai.ope.responses.api;

import ai.ope.responses.api.internal.ModelJsonbDeserializer;
import ai.ope.responses.api.internal.ModelJsonbSerializer;
import ai.ope.responses.api.internal.Values;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.util.List;

/**
 * A request's {@code input}, or a response's echoed {@code instructions}: a plain string (one user
 * message), or a list of items. Each form is written back as it was read.
 */
@JsonbTypeSerializer(ModelJsonbSerializer.class)
@JsonbTypeDeserializer(ModelJsonbDeserializer.class)
public sealed interface Input {

  /**
   * Input given as one string.
   *
   * @param text the user's message
   * @return the input
   */
  static Input of(String text) {
    return new Text(text);
  }

  /**
   * Input given as items.
   *
   * @param items the items, e.g. messages and tool results
   * @return the input
   */
  static Input of(List<? extends InputItem> items) {
    return new Items(List.copyOf(items));
  }

  /**
   * Input given as items.
   *
   * @param items the items, e.g. messages and tool results
   * @return the input
   */
  static Input of(InputItem... items) {
    return new Items(List.of(items));
  }

  /**
   * The input as items; a string is one user message.
   *
   * @return the items
   */
  List<InputItem> items();

  /**
   * Input given as a string: one user message.
   *
   * @param text the message
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Text(String text) implements Input {

    @Override
    public List<InputItem> items() {
      return List.of(InputItem.user(text));
    }
  }

  /**
   * Input given as a list of items.
   *
   * @param items the items
   */
  @JsonbTypeSerializer(ModelJsonbSerializer.class)
  @JsonbTypeDeserializer(ModelJsonbDeserializer.class)
  record Items(List<InputItem> items) implements Input {

    /**
     * Creates the value with a copy of the list.
     *
     * @param items the items
     */
    public Items {
      items = Values.list(items);
    }
  }
}
