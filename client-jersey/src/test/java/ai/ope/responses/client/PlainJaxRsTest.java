package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.testkit.FakeResponsesServer;
import ai.ope.responses.testkit.RecordedRequest;
import ai.ope.responses.testkit.Reply;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feature on a client the application built itself, used with plain JAX-RS calls. */
class PlainJaxRsTest {

  private final FakeResponsesServer server = FakeResponsesServer.start();
  private final Client client = ClientBuilder.newBuilder()
      .register(ResponsesFeature.withApiKey(FakeServerFixture.KEY)
          .withOrganization("org-123").withProject("proj-456"))
      .build();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void modelTypesGoInAndOutWithTheApiHeaders() throws Exception {
    server.enqueue(Reply.text("Plain JAX-RS works."));
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model("gpt-5.4-mini").input("Hi").maxOutputTokens(64).build();

    Response response = api().path("responses").request()
        .post(Entity.json(request), Response.class);

    assertThat(response.outputText()).isEqualTo("Plain JAX-RS works.");
    RecordedRequest sent = server.takeRequest();
    assertThat(sent.bodyAsString())
        .isEqualTo("{\"model\":\"gpt-5.4-mini\",\"input\":\"Hi\",\"max_output_tokens\":64}");
    assertThat(sent.header("Authorization")).hasValue("Bearer " + FakeServerFixture.KEY);
    assertThat(sent.header("OpenAI-Organization")).hasValue("org-123");
    assertThat(sent.header("OpenAI-Project")).hasValue("proj-456");
    assertThat(sent.header("User-Agent")).hasValueSatisfying(
        agent -> assertThat(agent).startsWith("responses-jakarta/"));
  }

  @Test
  void errorsMapToTheTypedExceptions() {
    server.enqueue(Reply.error(404, "invalid_request_error", null,
        "Response with id 'x' not found."));

    WebApplicationException thrown = catchThrowableOfType(WebApplicationException.class,
        () -> api().path("responses").path("x").request().get(Response.class));
    ApiException mapped = ApiException.from(thrown.getResponse());

    assertThat(mapped).isInstanceOf(NotFoundException.class);
    assertThat(mapped.apiMessage()).hasValue("Response with id 'x' not found.");
    assertThat(mapped.requestId()).isPresent();
  }

  @Test
  void theApplicationsOwnJsonbUseIsUntouched() {
    ModelJsonbResolver resolver = new ModelJsonbResolver();

    Jsonb forModel = resolver.getContext(Response.class);
    Jsonb forOwnType = resolver.getContext(PlainJaxRsTest.class);

    assertThat(forModel).isNotNull();
    assertThat(forOwnType).isNull();
  }

  private WebTarget api() {
    return client.target(server.baseUri());
  }
}
