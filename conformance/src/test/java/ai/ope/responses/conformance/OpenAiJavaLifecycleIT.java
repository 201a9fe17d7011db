package ai.ope.responses.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseInputText;
import com.openai.models.responses.ResponseItem;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * openai-java 4.101.0, unmodified, through a response's life on the standalone server with
 * nothing scripted: create, stream, retrieve, chain, list input items, delete.
 */
class OpenAiJavaLifecycleIT {

  @RegisterExtension
  static final StandaloneServer SERVER = new StandaloneServer();

  private static OpenAIClient client;

  @BeforeAll
  static void connect() {
    client = OpenAiJava.client(SERVER);
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  private static ResponseCreateParams ask(String input) {
    return ResponseCreateParams.builder().model(OpenAiJava.MODEL).input(input).build();
  }

  @Test
  void createAnswersWithACompletedTextResponse() {
    Response response = client.responses().create(ask("Say hello."));

    assertThat(response.id()).startsWith("resp_");
    assertThat(response.status()).contains(ResponseStatus.COMPLETED);
    assertThat(OpenAiJava.text(response)).isNotBlank();
  }

  @Test
  void aStreamAccumulatesToTheTextOfTheSameRequestAnsweredAsJson() {
    ResponseCreateParams request = ask("Count to three.");
    StringBuilder deltas = new StringBuilder();
    ResponseAccumulator accumulator = ResponseAccumulator.create();

    try (StreamResponse<ResponseStreamEvent> stream =
        client.responses().createStreaming(request)) {
      stream.stream().map(accumulator::accumulate).forEach(event ->
          event.outputTextDelta().ifPresent(delta -> deltas.append(delta.delta())));
    }
    Response streamed = accumulator.response();
    Response json = client.responses().create(request);

    assertThat(streamed.status()).contains(ResponseStatus.COMPLETED);
    assertThat(deltas).hasToString(OpenAiJava.text(json)).isNotEmpty();
    assertThat(OpenAiJava.text(streamed)).isEqualTo(OpenAiJava.text(json));
  }

  @Test
  void retrieveReturnsTheStoredResponse() {
    Response created = client.responses().create(ask("Remember me."));

    Response retrieved = client.responses().retrieve(created.id());

    assertThat(retrieved.id()).isEqualTo(created.id());
    assertThat(OpenAiJava.text(retrieved)).isEqualTo(OpenAiJava.text(created));
  }

  @Test
  void aChainedResponseNamesItsPreviousAndListsItsOwnInput() {
    Response first = client.responses().create(ask("My name is Ada."));
    Response second = client.responses().create(ResponseCreateParams.builder()
        .model(OpenAiJava.MODEL).input("What is my name?").previousResponseId(first.id())
        .build());

    List<ResponseItem> items = client.responses().inputItems().list(second.id()).items();

    assertThat(second.previousResponseId()).contains(first.id());
    assertThat(second.status()).contains(ResponseStatus.COMPLETED);
    assertThat(items).flatMap(item -> item.responseInputMessageItem().stream()
            .flatMap(message -> message.content().stream())
            .flatMap(content -> content.inputText().stream())
            .map(ResponseInputText::text).toList())
        .contains("What is my name?");
  }

  @Test
  void aDeletedResponseIsNotFoundAnyMore() {
    Response created = client.responses().create(ask("Forget me."));

    client.responses().delete(created.id());

    assertThatThrownBy(() -> client.responses().retrieve(created.id()))
        .isInstanceOfSatisfying(NotFoundException.class,
            notFound -> assertThat(notFound.statusCode()).isEqualTo(404));
  }
}
