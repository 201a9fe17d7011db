package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.UnknownStreamEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Bad input ends in one documented exception that says where, and never in anything else. */
class MalformedInputTest {

  private static final String RESPONSE =
      "{\"id\":\"resp_1\",\"object\":\"response\",\"status\":\"completed\",\"output\":["
          + "{\"type\":\"message\",\"id\":\"msg_1\",\"role\":\"assistant\","
          + "\"status\":\"completed\","
          + "\"content\":[{\"type\":\"output_text\",\"text\":\"Hi\",\"annotations\":[]}]}]}";

  @Test
  void truncatedJsonReportsTheOffsetAndAnExcerpt() {
    String truncated = RESPONSE.substring(0, RESPONSE.indexOf("\"Hi\"") + 3);

    ResponsesJsonException e = readFails(() -> ResponsesJson.fromJson(truncated, Response.class));

    assertThat(e.offset()).isPresent();
    assertThat(e.excerpt()).hasValueSatisfying(excerpt -> assertThat(excerpt).contains("\"Hi"));
    assertThat(e.pointer()).contains("/output/0/content/0/text");
    assertThat(e.getMessage()).startsWith("cannot read Response:");
  }

  @Test
  void truncatedStreamInputIsReportedToo() {
    byte[] truncated = RESPONSE.substring(0, 40).getBytes(StandardCharsets.UTF_8);

    readFails(() -> ResponsesJson.fromJson(new ByteArrayInputStream(truncated), Response.class));
  }

  @Test
  void anEmptyOrOneByteStreamIsReportedToo() {
    // Found by ResponsesJsonFuzzTest: the parser's encoding detection failed with a bare
    // JsonException before the codec's error handling began.
    for (String input : new String[] {"", "{"}) {
      ResponsesJsonException e = readFails(() -> ResponsesJson.fromJson(
          new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), Response.class));

      assertThat(e.getMessage()).startsWith("cannot read Response:");
      assertThat(e.pointer()).contains("");
    }
  }

  @Test
  void aNumberWhoseExponentExceedsBigDecimalIsOutOfRange() {
    // Found by ResponsesJsonFuzzTest: valid JSON, but BigDecimal's NumberFormatException came
    // out as the message ("Too many nonzero exponent digits.").
    String json = "{\"id\":\"r\",\"x\":1e99999999999}";

    for (ThrowingCallable read : new ThrowingCallable[] {
        () -> ResponsesJson.fromJson(json, Response.class),
        () -> ResponsesJson.fromJson(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Response.class)}) {
      ResponsesJsonException e = readFails(read);

      assertThat(e.getMessage()).contains("number out of range");
      assertThat(e.pointer()).contains("/x");
    }
  }

  @Test
  void aValueOfTheWrongKindNamesItsJsonPointer() {
    String wrong = RESPONSE.replace("\"annotations\":[]", "\"annotations\":\"none\"");

    ResponsesJsonException e = readFails(() -> ResponsesJson.fromJson(wrong, Response.class));

    assertThat(e.pointer()).contains("/output/0/content/0/annotations");
    assertThat(e.getMessage()).contains("expected array but found string")
        .contains("/output/0/content/0/annotations");
  }

  @Test
  void wrongKindsOfEveryScalarAreReported() {
    assertThat(readFails(() -> ResponsesJson.fromJson("{\"id\":5}", Response.class)).getMessage())
        .contains("expected string but found number at /id");
    assertThat(readFails(() -> ResponsesJson.fromJson("{\"store\":\"yes\"}", Response.class))
        .getMessage()).contains("expected boolean but found string at /store");
    assertThat(readFails(() -> ResponsesJson.fromJson("{\"temperature\":[]}", Response.class))
        .getMessage()).contains("expected number but found array at /temperature");
    assertThat(readFails(() -> ResponsesJson.fromJson("{\"output\":[null]}", Response.class))
        .getMessage()).contains("at /output/0");
  }

  @Test
  void integersOutOfRangeOrFractionalAreReported() {
    assertThat(readFails(() -> ResponsesJson.fromJson(
        "{\"max_output_tokens\":3000000000}", Response.class)).getMessage())
        .contains("expected an integer in range but found 3000000000 at /max_output_tokens");
    assertThat(readFails(() -> ResponsesJson.fromJson(
        "{\"max_output_tokens\":1.5}", Response.class)).pointer()).contains("/max_output_tokens");
    assertThat(ResponsesJson.fromJson("{\"max_output_tokens\":1.0E2}", Response.class)
        .maxOutputTokens()).isEqualTo(100);
  }

  @Test
  void aRootOfTheWrongShapeIsReported() {
    assertThat(readFails(() -> ResponsesJson.fromJson("[1,2]", Response.class)).getMessage())
        .contains("expected object but found array at the root");
    assertThat(readFails(() -> ResponsesJson.fromJson("null", Response.class)).getMessage())
        .contains("found null");
    readFails(() -> ResponsesJson.fromJson("", Response.class));
    readFails(() -> ResponsesJson.fromJson("   ", Response.class));
    readFails(() -> ResponsesJson.fromJson("<html>Bad gateway</html>", Response.class));
    readFails(() -> ResponsesJson.fromJson("{} {}", Response.class));
    readFails(() -> ResponsesJson.parseEvent("response.created", "[DONE]"));
  }

  @Test
  void deeplyNestedGarbageIsRejectedWithoutExhaustingTheStack() {
    String deep = "{\"metadata_blob\":" + "[".repeat(200_000) + "]".repeat(200_000) + "}";

    ResponsesJsonException e = readFails(() -> ResponsesJson.fromJson(deep, Response.class));

    assertThat(e.getMessage()).contains("nested");
  }

  @Test
  void unknownDiscriminatorsAreKeptNotRejected() {
    String json = "{\"type\":\"response.hologram.delta\",\"sequence_number\":3,\"beam\":[1,2]}";

    ResponseStreamEvent event = ResponsesJson.parseEvent("response.hologram.delta", json);

    assertThat(event).isInstanceOfSatisfying(UnknownStreamEvent.class, unknown -> {
      assertThat(unknown.type()).isEqualTo("response.hologram.delta");
      assertThat(unknown.sequenceNumber()).isEqualTo(3);
    });
    assertThat(ResponsesJson.toJson(event)).isEqualTo(json);
  }

  @Test
  void aDiscriminatorThatIsNotAStringIsKeptAsUnknown() {
    Response response = ResponsesJson.fromJson("{\"output\":[{\"type\":7}]}", Response.class);

    assertThat(response.output()).singleElement().isInstanceOf(UnknownItem.class);
    assertThat(ResponsesJson.toJson(response)).isEqualTo("{\"output\":[{\"type\":7}]}");
  }

  @Test
  void excerptsMaskAnythingThatLooksLikeAKey() {
    String secret = "sk-proj-" + "A1b2C3d4".repeat(6);
    String json = "{\"model\":\"m\",\"tools\":[{\"type\":\"mcp\",\"authorization\":\"" + secret
        + "\",\"headers\":{\"x\":1}}]}";

    ResponsesJsonException e =
        readFails(() -> ResponsesJson.fromJson(json, CreateResponseRequest.class));

    assertThat(e.getMessage()).doesNotContain(secret.substring(8, 20))
        .contains("expected string but found number at /tools/0/headers/x");
  }

  private static ResponsesJsonException readFails(ThrowingCallable read) {
    Throwable[] thrown = new Throwable[1];
    assertThatThrownBy(read).isInstanceOfSatisfying(ResponsesJsonException.class,
        e -> thrown[0] = e);
    return (ResponsesJsonException) thrown[0];
  }
}
