package ai.ope.responses.testkit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The API refuses a strict JSON schema that Structured Outputs does not support
 * ({@link StrictSchema}), with a 400 worded as in public reports: for {@code text.format},
 * code {@code invalid_json_schema}, param {@code text.format.schema}, "Invalid schema for
 * response_format 'name': In context=(), 'additionalProperties' is required to be supplied and
 * to be false."; for a function tool, code {@code invalid_function_parameters}, param
 * {@code tools[0].parameters}, "Invalid schema for function 'name': …".
 *
 * <p>Which schemas are strict: a {@code json_schema} format with {@code strict: true} (the
 * document's default is false), and a function tool, also one inside a namespace, with
 * {@code strict: true}. A function tool without {@code strict} (or with null) is not checked:
 * the document says that the server then uses strict mode when the schema is compatible and
 * falls back to non-strict otherwise (FunctionToolParam), and the recorded corpus shows such
 * tools accepted with schemas strict mode refuses, echoed with {@code strict: true} and the
 * schema completed (048, 049, 050, 054, 072).
 */
final class StrictSchemaRules {

  private StrictSchemaRules() {}

  /** The first strict schema of a request body the API refuses, or null. */
  static Violation check(JsonObject body) {
    Violation problem = textFormat(body);
    if (problem != null || !(body.get("tools") instanceof JsonArray tools)) {
      return problem;
    }
    for (int i = 0; problem == null && i < tools.size(); i++) {
      ParamPath at = ParamPath.root("tools").element(i);
      problem = function(tools.get(i), at);
      if (tools.get(i) instanceof JsonObject tool && isType(tool, "namespace")
          && tool.get("tools") instanceof JsonArray members) {
        for (int j = 0; problem == null && j < members.size(); j++) {
          problem = function(members.get(j), at.member("tools").element(j));
        }
      }
    }
    return problem;
  }

  private static Violation textFormat(JsonObject body) {
    if (body.get("text") instanceof JsonObject text
        && text.get("format") instanceof JsonObject format && isType(format, "json_schema")
        && JsonValue.TRUE.equals(format.get("strict"))
        && format.get("schema") instanceof JsonObject schema) {
      String problem = StrictSchema.problem(schema);
      if (problem != null) {
        return new Violation("invalid_json_schema", "text.format.schema",
            "Invalid schema for response_format '" + name(format) + "': " + problem, 3);
      }
    }
    return null;
  }

  private static Violation function(JsonValue tool, ParamPath at) {
    if (tool instanceof JsonObject function && isType(function, "function")
        && JsonValue.TRUE.equals(function.get("strict"))
        && function.get("parameters") instanceof JsonObject schema) {
      String problem = StrictSchema.problem(schema);
      if (problem != null) {
        ParamPath param = at.member("parameters");
        return new Violation("invalid_function_parameters", param.toString(),
            "Invalid schema for function '" + name(function) + "': " + problem, param.depth());
      }
    }
    return null;
  }

  private static boolean isType(JsonObject object, String type) {
    return type.equals(SchemaKeywords.string(object, "type"));
  }

  private static String name(JsonObject named) {
    String name = SchemaKeywords.string(named, "name");
    return ApiErrors.shown(name == null ? "" : name);
  }
}
