package ai.ope.responses.api.schema;

import ai.ope.responses.api.ResponsesJsonException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
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
    if (type.isRecord()) {
      String missing = missingProperty(json, type);
      if (missing != null) {
        throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName()
            + ": the property is missing", missing, -1, null, null);
      }
    }
    try {
      return Shared.JSONB.fromJson(json, type);
    } catch (JsonbException | IllegalArgumentException | ClassCastException e) {
      throw new ResponsesJsonException("cannot bind the JSON to " + type.getSimpleName() + ": "
          + e.getMessage(), null, -1, null, e);
    }
  }

  private static String missingProperty(String json, Class<?> type) {
    JsonValue value;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException notJson) {
      return null; // JSON-B reports it, with its location
    }
    return RecordShape.missing(value, type, "");
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
