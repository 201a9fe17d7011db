package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** A JSON array as an immutable {@code List}; null elements are rejected as malformed. */
final class ListCodec<E> implements Codec<List<E>> {

  private final Codec<E> elements;

  ListCodec(Codec<E> elements) {
    this.elements = elements;
  }

  @Override
  public List<E> read(JsonParser parser, Event first) {
    if (first != Event.START_ARRAY) {
      throw DecodeException.mismatch("array", first, parser);
    }
    Event event = parser.next();
    if (event == Event.END_ARRAY) {
      return List.of();
    }
    ArrayList<E> list = new ArrayList<>();
    for (; event != Event.END_ARRAY; event = parser.next()) {
      try {
        if (event == Event.VALUE_NULL) {
          throw DecodeException.mismatch("an element", event, parser);
        }
        list.add(elements.read(parser, event));
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(Integer.toString(list.size()));
      }
    }
    return List.copyOf(list);
  }

  @Override
  public void write(List<E> value, JsonGenerator generator) {
    generator.writeStartArray();
    for (E element : value) {
      elements.write(element, generator);
    }
    generator.writeEnd();
  }
}
