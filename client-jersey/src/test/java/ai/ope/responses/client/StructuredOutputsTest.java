package ai.ope.responses.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.TextFormat;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.api.schema.JsonSchemas;
import ai.ope.responses.testkit.Reply;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Typed answers: the schema goes out with the request, the answer comes back as a record. */
class StructuredOutputsTest {

  @Description("Facts about a city")
  public record CityFacts(String city, String country, long population,
      List<String> landmarks, Optional<String> nickname) {}

  private final FakeServerFixture fixture = new FakeServerFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void theAnswerComesBackAsTheRecordAndTheSchemaWentOut() throws Exception {
    fixture.server.enqueue(Reply.text("{\"city\":\"Lyon\",\"country\":\"France\","
        + "\"population\":522250,\"landmarks\":[\"Fourvière\"],\"nickname\":null}"));

    TypedResponse<CityFacts> typed =
        fixture.client.create(Frames.request("Facts about Lyon"), CityFacts.class);

    assertThat(typed.output()).isEqualTo(new CityFacts("Lyon", "France", 522250,
        List.of("Fourvière"), Optional.empty()));
    assertThat(typed.refusal()).isEmpty();
    CreateResponseRequest sent =
        fixture.server.takeRequest().bodyAs(CreateResponseRequest.class);
    TextFormat.JsonSchema format = (TextFormat.JsonSchema) sent.text().format();
    assertThat(format.name()).isEqualTo("city_facts");
    assertThat(format.description()).isEqualTo("Facts about a city");
    assertThat(format.strict()).isTrue();
    assertThat(format.schema()).isEqualTo(JsonSchemas.of(CityFacts.class));
  }

  @Test
  void aRefusalIsSurfacedInsteadOfABindingError() {
    fixture.server.enqueue(Reply.refusal("I can't help with that."));

    TypedResponse<CityFacts> typed =
        fixture.client.create(Frames.request("Something else"), CityFacts.class);

    assertThat(typed.refusal()).contains("I can't help with that.");
    assertThatThrownBy(typed::output).isInstanceOfSatisfying(StructuredOutputException.class,
        e -> assertThat(e.refusal()).contains("I can't help with that."))
        .hasMessageContaining("refused to answer with a CityFacts");
  }

  @Test
  void anIncompleteOrMalformedAnswerIsAClearError() {
    fixture.server.enqueue(Reply.builder().text("{\"city\":\"Ly").incomplete("max_output_tokens")
        .build());
    fixture.server.enqueue(Reply.text("{\"town\":\"Lyon\"}"));

    TypedResponse<CityFacts> cut =
        fixture.client.create(Frames.request("Cut"), CityFacts.class);
    TypedResponse<CityFacts> wrong =
        fixture.client.create(Frames.request("Wrong"), CityFacts.class);

    assertThatThrownBy(cut::output).isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("incomplete (max_output_tokens)");
    assertThatThrownBy(wrong::output).isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("is not a CityFacts");
  }

  @Test
  void aBindingErrorSaysWhatIsWrongInPlainWordsAndShowsWhatTheModelWrote() {
    fixture.server.enqueue(Reply.text("{\"city\":\"Oslo\",\"country\":\"Norway\","
        + "\"population\":\"about 700k\",\"landmarks\":[],\"nickname\":null}"));
    fixture.server.enqueue(Reply.text("Oslo is the capital of Norway. " + "It is green. ".repeat(30)));

    TypedResponse<CityFacts> wrongKind =
        fixture.client.create(Frames.request("Oslo"), CityFacts.class);
    TypedResponse<CityFacts> prose =
        fixture.client.create(Frames.request("Oslo"), CityFacts.class);

    assertThatThrownBy(wrongKind::output).isInstanceOf(StructuredOutputException.class)
        .hasMessage("the answer is not a CityFacts: expected a whole number, found the string"
            + " \"about 700k\" at /population. The model wrote: {\"city\":\"Oslo\","
            + "\"country\":\"Norway\",\"population\":\"about 700k\",\"landmarks\":[],"
            + "\"nickname\":null}");
    assertThatThrownBy(prose::output).isInstanceOf(StructuredOutputException.class)
        .hasMessageStartingWith("the answer is not a CityFacts: the text is not JSON (offset 0,"
            + " near \"O\"). The model wrote: Oslo is the capital of Norway.")
        .hasMessageEndingWith("… (421 characters)")
        .hasMessageNotContaining("Jsonb").hasMessageNotContaining("Parsson");
  }

  @Test
  void aStreamedAnswerBindsThroughItsFinalResponse() {
    fixture.server.enqueue(Reply.text("{\"city\":\"Oslo\",\"country\":\"Norway\","
        + "\"population\":709037,\"landmarks\":[],\"nickname\":\"Tiger City\"}").withChunks(7));

    try (ResponseStream stream =
        fixture.client.stream(Frames.request("Oslo").withOutputType(CityFacts.class))) {
      CityFacts facts = TypedResponse.of(stream.finalResponse(), CityFacts.class).output();

      assertThat(facts.nickname()).contains("Tiger City");
      assertThat(facts.population()).isEqualTo(709037);
    }
  }
}
