package ai.ope.responses.api.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;

/**
 * A record is built the same way before and after its type turns hot and the constructor call
 * moves from reflection to a method handle: same values, and a constructor's refusal is the same
 * decoding failure either way.
 */
class RecordConstructorTest {

  /** A record whose constructor refuses some values. */
  public record Positive(Integer value, String label) {
    /** Refuses values below zero. */
    public Positive {
      if (value < 0) {
        throw new IllegalArgumentException("must not be negative: " + value);
      }
    }
  }

  @Test
  void valuesAndRefusalsAreTheSameBeforeAndAfterTheTypeTurnsHot() throws Exception {
    RecordConstructor<Positive> constructor =
        new RecordConstructor<>(Positive.class.getConstructor(Integer.class, String.class));
    JsonParser parser = Utf8JsonParserTest.parser("{\"value\":-1}");
    parser.next();

    assertThat(constructor.isBound()).isFalse();
    for (int call = 0; call < 100; call++) {
      assertThat(constructor.construct(new Object[] {call, "n" + call}, parser))
          .isEqualTo(new Positive(call, "n" + call));
      assertThatThrownBy(() -> constructor.construct(new Object[] {-1, "x"}, parser))
          .isInstanceOf(DecodeException.class)
          .hasMessage("Positive: must not be negative: -1");
    }
    assertThat(constructor.isBound()).isTrue();
  }
}
