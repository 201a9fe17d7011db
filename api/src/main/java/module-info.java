/**
 * The typed model of the Responses API and its JSON binding.
 *
 * <p>Exports the model ({@code ai.ope.responses.api}) and its stream events
 * ({@code ai.ope.responses.api.stream}). The internal codec package is not exported, but it is
 * opened: whichever JSON-B provider the application uses instantiates the adapters named on every
 * model type by reflection (a qualified {@code opens} would tie the module to one provider).
 */
module ai.ope.responses.api {
  requires transitive jakarta.json;
  requires transitive jakarta.json.bind;

  exports ai.ope.responses.api;
  exports ai.ope.responses.api.schema;
  exports ai.ope.responses.api.stream;

  opens ai.ope.responses.api.internal;

  uses jakarta.json.spi.JsonProvider;
}
