package ai.ope.responses.api.schema;

import ai.ope.responses.api.ResponsesJsonException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.io.StringReader;
import java.util.Objects;

/**
 * Binds an application's own records to the JSON the model writes and reads for them: the naming
 * of {@link JsonSchemas} (components in snake_case, {@code @JsonbProperty} honoured), nulls
 * written (strict schemas list every property), through the application's JSON-B provider.
 * Records must be public (with public enclosing classes): JSON-B binds through public accessors.
 */
public final class StructuredJson {

  private StructuredJson() {}

  /** Created on first use: the JSON-B provider is looked up then. */
  private static final class Shared {
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
        .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
        .withNullValues(true)
        // a property the record does not have means the JSON is not this record (Yasson's key;
        // other providers ignore it)
        .setProperty("jsonb.fail-on-unknown-properties", true));
  }

  /**
   * Reads JSON into a value of the type.
   *
   * @param <T> the type
   * @param json the JSON, e.g. a structured answer or function-call arguments
   * @param type the type
   * @return the value
   * @throws ResponsesJsonException when the JSON does not bind to the type
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    JsonValue value = parsed(json, type);
    if (type.isRecord()) {
      String missing = RecordShape.missing(value, type, "");
      if (missing != null) {
        throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName()
            + ": the property is missing", missing, -1, null, null);
      }
      ShapeProblem problem = ShapeProblem.find(value, type, "");
      if (problem != null) {
        throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName()
            + ": " + problem.problem(), problem.pointer(), -1, null, null);
      }
    }
    try {
      return Shared.JSONB.fromJson(json, type);
    } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
      throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName() + ": "
          + e.getMessage(), null, -1, null, e);
    }
  }

  /** The JSON as a tree, or a plain error saying where the text stops being JSON. */
  private static JsonValue parsed(String json, Class<?> type) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      long offset = e.getLocation() == null ? -1 : e.getLocation().getStreamOffset();
      throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName()
          + ": the text is not JSON", null, offset, near(json, offset), e);
    } catch (JsonException | IllegalStateException e) {
      throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName()
          + ": the text is not JSON (" + e.getMessage() + ")", null, -1, null, e);
    }
  }

  /** Up to 32 characters of the text before the offset, on one line. */
  private static String near(String json, long offset) {
    if (offset < 0) {
      return null;
    }
    int end = (int) Math.min(json.length(), offset + 1);
    return json.substring(Math.max(0, end - 32), end).replaceAll("\\s+", " ");
  }

  /**
   * Writes a value as JSON, named as its schema says.
   *
   * @param value the value; a {@code String} is returned as is
   * @return the JSON
   */
  public static String write(Object value) {
    if (value instanceof String text) {
      return text;
    }
    return Shared.JSONB.toJson(value);
  }
}
