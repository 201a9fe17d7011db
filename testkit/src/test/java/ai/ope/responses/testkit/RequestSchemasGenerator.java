package ai.ope.responses.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes {@code request-schemas.json}, the request schemas the fake server validates with, from
 * the official OpenAPI document: the transitive closure of the three request bodies
 * ({@code CreateResponse}, {@code TokenCountsBody}, {@code CompactResponseMethodPublicBody}),
 * without the members that only document ({@code description}, {@code example(s)},
 * {@code title}, {@code deprecated}, {@code x-*}). One component per line, sorted, so a spec
 * update reads as a small diff in review.
 *
 * <p>Run from the test class path after a spec update:
 * {@code java -cp <test class path> ai.ope.responses.testkit.RequestSchemasGenerator
 * ../shared/spec/openapi.json testkit/src/main/resources/ai/ope/responses/testkit/request-schemas.json
 * [commit]}; {@link RequestSchemasGeneratorTest} fails until the committed file matches.
 */
final class RequestSchemasGenerator {

  /** The openai/openai-openapi commit the shared spec was taken from. */
  static final String COMMIT = "f85dbe223d40e1a31cba812ab2d755c7e98a92a3";
  static final Map<String, String> ROOTS = Map.of("create", "CreateResponse",
      "input_tokens", "TokenCountsBody", "compact", "CompactResponseMethodPublicBody");
  private static final String REF_PREFIX = "#/components/schemas/";
  private static final Set<String> DOCUMENTATION =
      Set.of("description", "example", "examples", "title", "deprecated");
  /** Keywords whose value is one schema; {@code properties}-like ones map names to schemas. */
  private static final Set<String> ONE_SCHEMA = Set.of("items", "additionalProperties",
      "propertyNames", "not", "contains", "if", "then", "else", "unevaluatedProperties");
  private static final Set<String> SCHEMA_LISTS = Set.of("anyOf", "oneOf", "allOf", "prefixItems");
  private static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "$defs", "definitions");

  private RequestSchemasGenerator() {}

  /**
   * Regenerates the resource.
   *
   * @param args the spec, the file to write, and optionally the spec's commit
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RequestSchemasGenerator OPENAPI_JSON OUTPUT [COMMIT]");
      System.exit(2);
    }
    String text = generate(Path.of(args[0]), args.length > 2 ? args[2] : COMMIT);
    Files.writeString(Path.of(args[1]), text, StandardCharsets.UTF_8);
    System.out.println("wrote " + args[1] + " (" + text.length() + " characters)");
  }

  /** The resource's text for the spec at this path. */
  static String generate(Path openApi, String commit) throws IOException {
    JsonObject spec;
    try (Reader in = Files.newBufferedReader(openApi, StandardCharsets.UTF_8);
        JsonReader reader = Json.createReader(in)) {
      spec = reader.readObject();
    }
    JsonObject components = spec.getJsonObject("components").getJsonObject("schemas");
    Map<String, JsonValue> closure = closure(components);
    StringBuilder out = new StringBuilder("{\n");
    out.append("\"source\":").append(quoted("openai/openai-openapi openapi.json, info.version "
        + spec.getJsonObject("info").getString("version") + "; request bodies of POST"
        + " /responses, /responses/input_tokens and /responses/compact with their"
        + " documentation removed, written by RequestSchemasGenerator")).append(",\n");
    out.append("\"commit\":").append(quoted(commit)).append(",\n");
    out.append("\"license\":").append(quoted("MIT License, Copyright (c) OpenAI")).append(",\n");
    JsonObjectBuilder roots = Json.createObjectBuilder();
    new TreeMap<>(ROOTS).forEach(roots::add);
    out.append("\"roots\":").append(roots.build()).append(",\n");
    out.append("\"schemas\":{\n");
    String separator = "";
    for (Map.Entry<String, JsonValue> schema : closure.entrySet()) {
      out.append(separator).append(quoted(schema.getKey())).append(':').append(schema.getValue());
      separator = ",\n";
    }
    return out.append("\n}\n}\n").toString();
  }

  /** Every component the roots reach, stripped, by name. */
  private static Map<String, JsonValue> closure(JsonObject components) {
    Map<String, JsonValue> reached = new TreeMap<>();
    Deque<String> pending = new ArrayDeque<>(ROOTS.values());
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (reached.containsKey(name)) {
        continue;
      }
      JsonValue schema = components.get(name);
      if (schema == null) {
        throw new IllegalArgumentException("the spec has no component " + name);
      }
      reached.put(name, strip(schema, pending));
    }
    return reached;
  }

  /** A schema without its documentation members; the components it names go to pending. */
  private static JsonValue strip(JsonValue schema, Deque<String> pending) {
    if (schema.getValueType() != JsonValue.ValueType.OBJECT) {
      return schema; // true, false
    }
    JsonObjectBuilder kept = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> member : schema.asJsonObject().entrySet()) {
      String keyword = member.getKey();
      JsonValue value = member.getValue();
      if (DOCUMENTATION.contains(keyword) || keyword.startsWith("x-")) {
        continue;
      }
      if (keyword.equals("$ref")) {
        String ref = ((JsonString) value).getString();
        if (!ref.startsWith(REF_PREFIX)) {
          throw new IllegalArgumentException("unsupported $ref " + ref);
        }
        pending.push(ref.substring(REF_PREFIX.length()));
        kept.add(keyword, value);
      } else if (ONE_SCHEMA.contains(keyword)) {
        kept.add(keyword, strip(value, pending));
      } else if (SCHEMA_LISTS.contains(keyword)) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonValue branch : (JsonArray) value) {
          list.add(strip(branch, pending));
        }
        kept.add(keyword, list);
      } else if (SCHEMA_MAPS.contains(keyword)) {
        // names here are member names, not keywords: a property called "description" stays
        JsonObjectBuilder map = Json.createObjectBuilder();
        value.asJsonObject().forEach((name, child) -> map.add(name, strip(child, pending)));
        kept.add(keyword, map);
      } else {
        kept.add(keyword, value); // data: enum, default, required, type, discriminator...
      }
    }
    return kept.build();
  }

  private static String quoted(String text) {
    return Json.createValue(text).toString();
  }
}
