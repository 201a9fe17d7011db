package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The compiled request schemas of the endpoints that take a JSON body, from the resource
 * {@code request-schemas.json} (generated from the official OpenAPI document) with
 * {@link SchemaOverrides}. Loaded on first use, not when a server starts: a server that never
 * validates a request pays nothing.
 */
final class RequestSchemas {

  static final String RESOURCE = "request-schemas.json";

  private RequestSchemas() {}

  /** The schema of an endpoint's body, or null for an endpoint without one. */
  static SchemaAlternatives of(Route.Endpoint endpoint) {
    return Loaded.ROOTS.get(endpoint);
  }

  /** Holder: the JVM loads it, once and thread-safely, on the first request it validates. */
  private static final class Loaded {
    static final Map<Route.Endpoint, SchemaAlternatives> ROOTS = load();
  }

  static Map<Route.Endpoint, SchemaAlternatives> load() {
    JsonObject document;
    try (InputStream in = RequestSchemas.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the testkit jar");
      }
      try (JsonReader reader = Json.PROVIDER.createReader(in)) {
        document = reader.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    SchemaCompiler compiler =
        new SchemaCompiler(SchemaOverrides.apply(document.getJsonObject("schemas")));
    JsonObject roots = document.getJsonObject("roots");
    Map<Route.Endpoint, SchemaAlternatives> compiled = new EnumMap<>(Route.Endpoint.class);
    compiled.put(Route.Endpoint.CREATE, compiler.compile(roots.getString("create")));
    compiled.put(Route.Endpoint.INPUT_TOKENS, compiler.compile(roots.getString("input_tokens")));
    compiled.put(Route.Endpoint.COMPACT, compiler.compile(roots.getString("compact")));
    return compiled;
  }
}
