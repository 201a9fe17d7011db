package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ModelCalls.q;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Input;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.schema.Description;
import ai.ope.responses.api.schema.JsonSchemas;
import ai.ope.responses.api.schema.StructuredJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Structured output from the built-in model: JSON valid against the request's schema, for
 * every record shape the api module's schema generator is tested with, bound back into the
 * record as a client does; and a JSON object for {@code json_object}.
 */
class ModelStructuredOutputTest {

  public record Point(int x, double y, String label, boolean visible) {}

  public enum Status { OPEN, SHIPPED }

  public record Line(String sku, int quantity) {}

  public record Order(String orderId, List<Line> lines, Status status, Set<String> tags) {}

  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @interface Nullable {}

  public record Event(String name, Optional<LocalDate> date, @Nullable String note, Instant at,
      Duration length, UUID id, Optional<Line> firstLine) {}

  public record TreeNode(String value, List<TreeNode> children) {}

  public record Section(String heading, List<Section> subsections) {}

  public record Doc(String title, Section body) {}

  @Description("A person to greet")
  public record Greeting(@JsonbProperty("who") String personName,
      @Description("How warm, 1 to 5") int warmthLevel) {}

  public record Signup(@Size(min = 1, max = 5) List<String> handles, @Size(max = 20) String nick,
      @Min(0) @Max(10) int score, @Pattern(regexp = "^[A-Z]{2}$") String country,
      @Email String email) {}

  public record Scores(Map<String, Integer> byName) {}

  public record CityLocation(String city, String country) {}

  public record Step(String explanation, String output) {}

  public record MathResponse(List<Step> steps, String finalAnswer) {}

  public record Person(String name, int age) {}

  public enum Unit { CELSIUS, FAHRENHEIT }

  @Description("Current weather in a city")
  public record GetWeather(@Description("City name") String city, Unit unit) {}

  public record Forecast(String city, double temperature, Unit unit) {}

  public record Weather(String city, int celsius) {}

  static Stream<Class<?>> records() {
    return Stream.of(Point.class, Order.class, Event.class, TreeNode.class, Doc.class,
        Greeting.class, Signup.class, Scores.class, CityLocation.class, MathResponse.class,
        Person.class, GetWeather.class, Forecast.class, Weather.class);
  }

  private final ModelCalls model = new ModelCalls();

  @AfterEach
  void close() {
    model.close();
  }

  @ParameterizedTest
  @MethodSource("records")
  void theAnswerToARecordsSchemaBindsIntoTheRecord(Class<?> type) throws Exception {
    JsonObject schema = JsonSchemas.of(type, type != Scores.class);
    CreateResponseRequest request = CreateResponseRequest.builder().model("m")
        .input(Input.of("Facts for Bob in Lyon, 42 of them, please.")).build();
    request = type == Scores.class ? request.toBuilder().text(
        ai.ope.responses.api.TextConfig.jsonSchema("scores", schema, false)).build()
        : request.withOutputType(type);

    Response response = model.both(ResponsesJson.toJson(request));

    JsonValue answer = Json.parse(response.outputText()).orElseThrow();
    assertThat(JsonSchemaOracle.violations(schema, answer)).as(answer.toString()).isEmpty();
    assertThat(StructuredJson.read(response.outputText(), type)).isInstanceOf(type);
  }

  @Test
  void valuesComeFromTheMessageWhereTheyFit() throws Exception {
    Response response = model.both(ResponsesJson.toJson(CreateResponseRequest.builder()
        .model("m").input(Input.of("Extract: Bob is 42 years old.")).build()
        .withOutputType(Person.class)));

    assertThat(StructuredJson.read(response.outputText(), Person.class))
        .isEqualTo(new Person("Bob", 42));
  }

  @Test
  void theRecordedMathSchemaGetsStepsAndAnAnswer() throws Exception {
    String body = q("{'input':'solve 8x + 31 = 2','model':'gpt-4o-2024-08-06','text':{'format':"
        + "{'type':'json_schema','strict':true,'name':'MathResponse','schema':{'$defs':{'Step':"
        + "{'properties':{'explanation':{'title':'Explanation','type':'string'},'output':"
        + "{'title':'Output','type':'string'}},'required':['explanation','output'],'title':"
        + "'Step','type':'object','additionalProperties':false}},'properties':{'steps':"
        + "{'items':{'$ref':'#/$defs/Step'},'title':'Steps','type':'array'},'final_answer':"
        + "{'title':'Final Answer','type':'string'}},'required':['steps','final_answer'],"
        + "'title':'MathResponse','type':'object','additionalProperties':false}}}}");

    MathResponse answer = StructuredJson.read(model.both(body).outputText(),
        MathResponse.class);

    assertThat(answer.steps()).hasSize(1);
    assertThat(answer.finalAnswer()).isEqualTo("You said: solve 8x + 31 = 2");
  }

  @Test
  void jsonObjectModeAnswersWithAnObject() throws Exception {
    Response response = model.both(q("{'model':'m','input':'Reply in JSON','text':{'format':"
        + "{'type':'json_object'}}}"));

    assertThat(Json.parse(response.outputText()).orElseThrow())
        .isEqualTo(Json.PROVIDER.createObjectBuilder().add("answer", "You said: Reply in JSON")
            .build());
  }

  @Test
  void plainTextStillSaysWhatTheUserSaid() throws Exception {
    Response response = model.both(q("{'model':'m','input':[{'role':'system','content':'Be "
        + "brief'},{'role':'user','content':[{'type':'input_text','text':'Hello'},{'type':"
        + "'input_text','text':' there'}]}]}"));

    assertThat(response.outputText()).isEqualTo("You said: Hello there");
    assertThat(response.usage().outputTokens())
        .isEqualTo(TokenEstimate.of("You said: Hello there"));
    assertThat(response.usage().totalTokens())
        .isEqualTo(response.usage().inputTokens() + response.usage().outputTokens());
  }
}
