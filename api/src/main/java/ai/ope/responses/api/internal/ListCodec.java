package ai.ope.responses.api.internal;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParser;
import java.util.ArrayList;
import java.util.List;

/** A JSON array as an immutable {@code List}; null elements are rejected as malformed. */
final class ListCodec<E> implements Codec<List<E>> {

  private final Codec<E> elements;
  /**
   * How the elements are read from bytes: scalars inline, through {@link MemberReads} (every log
   * probability has a list of its token's bytes).
   */
  private final byte elementKind;

  ListCodec(Codec<E> elements) {
    this.elements = elements;
    this.elementKind = MemberReads.kinds(new Codec<?>[] {elements})[0];
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
        list.add(element(parser, event));
      } catch (RuntimeException failure) {
        throw DecodeException.of(failure, parser).under(Integer.toString(list.size()));
      }
    }
    return List.copyOf(list);
  }

  @SuppressWarnings("unchecked")
  private E element(JsonParser parser, Event event) {
    return parser instanceof Utf8JsonParser bytes && elementKind != MemberReads.OTHER
        ? (E) MemberReads.read(elementKind, (Codec<Object>) elements, bytes, event)
        : elements.read(parser, event);
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
