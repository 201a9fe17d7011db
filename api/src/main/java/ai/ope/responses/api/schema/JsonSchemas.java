package ai.ope.responses.api.schema;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Objects;

/**
 * JSON Schemas made from Java records, as the API wants them for structured outputs
 * ({@code text.format} {@code json_schema}) and function {@code parameters}.
 *
 * <pre>{@code
 * record CityFacts(String city, @Description("ISO 3166 code") String country,
 *     Optional<Long> population, List<String> landmarks) {}
 *
 * JsonObject schema = JsonSchemas.of(CityFacts.class);
 * }</pre>
 *
 * <p>A strict schema (the default, as strict mode requires): every object lists all its
 * properties as {@code required} and forbids additional ones. Property names are the components'
 * names in snake_case ({@code @JsonbProperty} wins), as {@link StructuredJson} binds them.
 *
 * <table>
 *   <caption>Java types and their schemas</caption>
 *   <tr><th>Java</th><th>schema</th></tr>
 *   <tr><td>{@code String}, {@code char}, {@code UUID}, {@code URI}</td>
 *       <td>{@code string} (with {@code format} {@code uuid}, {@code uri})</td></tr>
 *   <tr><td>{@code boolean}, integer types, {@code BigInteger}</td>
 *       <td>{@code boolean}, {@code integer}</td></tr>
 *   <tr><td>{@code float}, {@code double}, {@code BigDecimal}</td><td>{@code number}</td></tr>
 *   <tr><td>an {@code enum}</td><td>{@code string} with {@code enum} of its constants</td></tr>
 *   <tr><td>{@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime},
 *       {@code ZonedDateTime}, {@code Instant}, {@code LocalTime}, {@code Duration}</td>
 *       <td>{@code string} with {@code format} {@code date}, {@code date-time},
 *       {@code time}, {@code duration}</td></tr>
 *   <tr><td>{@code List}, {@code Set}, {@code Collection}, arrays</td>
 *       <td>{@code array} of the element's schema</td></tr>
 *   <tr><td>a record</td><td>{@code object}; a record that contains itself is a
 *       {@code $ref} into {@code $defs}</td></tr>
 *   <tr><td>{@code Optional<T>}, or a component annotated {@code @Nullable}</td>
 *       <td>T's schema or {@code null} (a type union, or {@code anyOf})</td></tr>
 *   <tr><td>{@code Map<String, T>}</td><td>not strict: an object of T; strict mode cannot
 *       express it (an error)</td></tr>
 * </table>
 *
 * <p>{@link Description} gives descriptions; Bean Validation constraints, where the application
 * uses them, become keywords: {@code @Size} ({@code minLength}/{@code maxLength} or
 * {@code minItems}/{@code maxItems}), {@code @Min}, {@code @Max}, {@code @Positive},
 * {@code @PositiveOrZero}, {@code @Pattern}, {@code @Email} ({@code format} {@code email}).
 * A type it cannot express is an {@link IllegalArgumentException} naming the component.
 */
public final class JsonSchemas {

  private JsonSchemas() {}

  /**
   * The strict JSON Schema of a record.
   *
   * @param type a record class
   * @return the schema
   * @throws IllegalArgumentException when the type, or a type inside it, cannot be expressed
   */
  public static JsonObject of(Class<?> type) {
    return of(type, true);
  }

  /**
   * The JSON Schema of a record, strict or not.
   *
   * @param type a record class
   * @param strict whether to write a strict-mode schema
   * @return the schema
   * @throws IllegalArgumentException when the type, or a type inside it, cannot be expressed
   */
  public static JsonObject of(Class<?> type, boolean strict) {
    Objects.requireNonNull(type, "type");
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record: schemas are made"
          + " from records (their components are the properties)");
    }
    return new SchemaBuilder(strict).root(type);
  }

  /**
   * The name for a record's schema or function: {@link FunctionName} when present, else the
   * simple name in snake_case ({@code CityFacts} → {@code city_facts}).
   *
   * @param type the record class
   * @return the name, at most 64 characters of {@code a-z A-Z 0-9 _ -}
   */
  public static String name(Class<?> type) {
    FunctionName named = type.getAnnotation(FunctionName.class);
    String name = named != null ? named.value() : snakeCase(type.getSimpleName());
    String safe = name.replaceAll("[^A-Za-z0-9_-]", "_");
    return safe.length() > 64 ? safe.substring(0, 64) : safe;
  }

  /**
   * A Java name as JSON-B's {@code LOWER_CASE_WITH_UNDERSCORES} writes it: each upper-case
   * letter becomes an underscore and its lower case, except at the start.
   *
   * @param javaName e.g. {@code maxTemperature}
   * @return e.g. {@code max_temperature}
   */
  public static String snakeCase(String javaName) {
    StringBuilder name = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          name.append('_');
        }
        name.append(Character.toLowerCase(c));
      } else {
        name.append(c);
      }
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }
}
