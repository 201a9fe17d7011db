package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The size limits of a strict schema (OpenAI's Structured Outputs guide): at most 10 levels of
 * nested objects, 5,000 object properties in all, 1,000 enum values in all, 120,000 characters
 * of property names, definition names, enum values and const values, and 15,000 characters of
 * values in one enum of more than 250 string values.
 *
 * <p>Counted as the schema is walked, each place once: a {@code $ref} adds nothing (a
 * definition counts where it is defined, its nesting from its own top), so the counts never
 * exceed what the API counts, and a schema within the limits is never refused for its size.
 */
final class StrictSchemaLimits {

  static final int MAX_LEVELS = 10;
  static final int MAX_PROPERTIES = 5_000;
  static final int MAX_ENUM_VALUES = 1_000;
  static final int MAX_STRING_LENGTH = 120_000;
  static final int LARGE_ENUM = 250;
  static final int MAX_LARGE_ENUM_LENGTH = 15_000;

  private int levels;
  private int properties;
  private int enumValues;
  private long stringLength;
  private String largeEnum;

  /** An object schema at this level (the root object is level 1). */
  void object(int level) {
    levels = Math.max(levels, level);
  }

  void property(String name) {
    properties++;
    stringLength += name.length();
  }

  void definition(String name) {
    stringLength += name.length();
  }

  void enumeration(JsonArray values, SchemaContext where) {
    enumValues += values.size();
    long length = 0;
    boolean strings = true;
    for (JsonValue value : values) {
      if (value instanceof JsonString text) {
        length += text.getString().length();
      } else {
        strings = false;
      }
    }
    stringLength += length;
    if (largeEnum == null && strings && values.size() > LARGE_ENUM
        && length > MAX_LARGE_ENUM_LENGTH) {
      largeEnum = where.says("enum of " + values.size() + " values has a total string length"
          + " of " + length + ", which exceeds the limit of " + MAX_LARGE_ENUM_LENGTH
          + " for enums of more than " + LARGE_ENUM + " values.");
    }
  }

  void constant(JsonValue value) {
    if (value instanceof JsonString text) {
      stringLength += text.getString().length();
    }
  }

  /** The first limit the schema exceeds, worded as the API words it, or null. */
  String exceeded() {
    if (levels > MAX_LEVELS) {
      return levels + " levels of nesting exceeds limit of " + MAX_LEVELS + ".";
    }
    if (properties > MAX_PROPERTIES) {
      return properties + " parameters exceed the limit of " + MAX_PROPERTIES + ".";
    }
    if (enumValues > MAX_ENUM_VALUES) {
      return enumValues + " enum values exceed the limit of " + MAX_ENUM_VALUES + ".";
    }
    if (stringLength > MAX_STRING_LENGTH) {
      return "The total string length of property names, definition names, enum values and"
          + " const values (" + stringLength + ") exceeds the limit of " + MAX_STRING_LENGTH
          + ".";
    }
    return largeEnum;
  }
}
