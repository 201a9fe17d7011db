package ai.ope.responses.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One JSON type a request schema allows, with that type's constraints: the leaves a compiled
 * schema ({@link SchemaAlternatives}) is made of. Children are alternatives themselves, so that
 * recursive schemas compile to a finite graph.
 */
sealed interface SchemaShape {

  /**
   * An object. Closed unless {@code open} or {@code additional} say otherwise: a member the
   * schema does not name is an unknown parameter, as the API treats it.
   *
   * @param properties the named members, in the spec's order
   * @param required the members that must be present
   * @param additional the schema of any other member, or null
   * @param open whether any other member is accepted as it is
   * @param maxProperties the most members allowed, or -1
   * @param propertyNames the schema of member names when {@code additional} applies, or null
   * @param typeValues the values its {@code type} member may take, when it has one that is a
   *     closed set of strings (what unions of objects are told apart by); else empty
   * @param typeRequired whether the {@code type} member must be present
   * @param closedEnums for members other than {@code type} whose values are a closed set of
   *     strings (a message's {@code role}), those values: they pick among objects of one type
   */
  record ObjectShape(Map<String, SchemaAlternatives> properties, List<String> required,
      SchemaAlternatives additional, boolean open, int maxProperties,
      SchemaAlternatives propertyNames, List<String> typeValues, boolean typeRequired,
      Map<String, List<String>> closedEnums) implements SchemaShape {}

  /**
   * An array.
   *
   * @param items the schema of every element, or null for any
   * @param minItems the fewest elements, or 0
   * @param maxItems the most elements, or -1
   */
  record ArrayShape(SchemaAlternatives items, int minItems, int maxItems) implements SchemaShape {}

  /**
   * A string.
   *
   * @param values the only values allowed, in the spec's order; empty for any string
   * @param minLength the fewest code points, or 0
   * @param maxLength the most code points, or -1
   * @param pattern the regular expression it must contain a match of, or null
   */
  record StringShape(List<String> values, int minLength, int maxLength, Pattern pattern)
      implements SchemaShape {}

  /**
   * A number.
   *
   * @param integer whether it must be an integer (the spec's {@code integer} type)
   * @param minimum the smallest value allowed, or null
   * @param maximum the largest value allowed, or null
   */
  record NumberShape(boolean integer, BigDecimal minimum, BigDecimal maximum)
      implements SchemaShape {}

  /** {@code true} or {@code false}. */
  record BooleanShape() implements SchemaShape {}

  /** {@code null}. */
  record NullShape() implements SchemaShape {}

  /** Any value at all: a free-form schema such as {@code {}}. */
  record AnyShape() implements SchemaShape {}
}
