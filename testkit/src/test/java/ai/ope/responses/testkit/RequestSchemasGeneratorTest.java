package ai.ope.responses.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code request-schemas.json} is what {@link RequestSchemasGenerator} makes of
 * the shared OpenAPI document: a spec update fails here until the resource is regenerated, and
 * the review then shows what changed, one component per line.
 */
class RequestSchemasGeneratorTest {

  @Test
  void theCommittedSchemasAreGeneratedFromTheSpec() throws Exception {
    Path spec = SharedFolder.require("spec", "openapi.json");

    String generated = RequestSchemasGenerator.generate(spec, RequestSchemasGenerator.COMMIT);

    assertThat(generated).as("regenerate with RequestSchemasGenerator (see its javadoc)")
        .isEqualTo(committed());
    assertThat(Json.parse(generated).orElseThrow().asJsonObject().getJsonObject("schemas"))
        .hasSize(211);
  }

  @Test
  void theResourceNamesItsSourceAndLicense() throws Exception {
    assertThat(committed()).contains("\"source\":\"openai/openai-openapi openapi.json")
        .contains("\"commit\":\"" + RequestSchemasGenerator.COMMIT + "\"")
        .contains("\"license\":\"MIT License, Copyright (c) OpenAI\"");
  }

  private static String committed() throws Exception {
    try (InputStream in = RequestSchemas.class.getResourceAsStream(RequestSchemas.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
