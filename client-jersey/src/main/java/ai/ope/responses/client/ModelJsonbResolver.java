package ai.ope.responses.client;

import ai.ope.responses.api.ResponsesJson;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * Gives the JSON-B provider the library's {@code Jsonb} for model types only; for any other type
 * it answers null, so the application's own JSON-B configuration applies.
 */
final class ModelJsonbResolver implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return type != null && type.isAnnotationPresent(JsonbTypeDeserializer.class)
        && type.getPackageName().startsWith("ai.ope.responses.api")
        ? ResponsesJson.jsonb() : null;
  }
}
