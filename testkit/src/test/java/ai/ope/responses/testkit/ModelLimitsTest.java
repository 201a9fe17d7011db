package ai.ope.responses.testkit;

import static ai.ope.responses.testkit.ModelCalls.q;
import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.LogProb;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputText;
import ai.ope.responses.api.ReasoningItem;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.SummaryText;
import ai.ope.responses.api.TopLogProb;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.OutputTextDoneEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the built-in model adds and cuts by request: {@code max_output_tokens}, reasoning items
 * with and without summary and encrypted content, log probabilities (for scripted replies too),
 * and usage that counts what was produced; JSON and stream alike.
 */
class ModelLimitsTest {

  private static final String LONG = "Tell me everything about the history of the bicycle,"
      + " from the draisine to carbon frames, in great detail please";

  private final ModelCalls model = new ModelCalls();

  @AfterEach
  void close() {
    model.close();
  }

  @Test
  void anAnswerOverMaxOutputTokensIsCutAndIncomplete() throws Exception {
    String body = q("{'model':'m','input':'" + LONG + "','max_output_tokens':16}");

    Response response = model.both(body);
    ModelCalls.Streamed stream = model.stream(body);

    String full = "You said: " + LONG;
    assertThat(response.status()).isEqualTo("incomplete");
    assertThat(response.incompleteDetails().reason()).isEqualTo("max_output_tokens");
    assertThat(response.outputText()).isEqualTo(full.substring(0, 64));
    assertThat(((Message) response.output().get(0)).status()).isEqualTo("incomplete");
    assertThat(response.usage().outputTokens()).isEqualTo(16);
    assertThat(response.completedAt()).isNull();
    assertThat(stream.types()).last().isEqualTo("response.incomplete");
    assertThat(stream.fromDeltas().outputText()).isEqualTo(full.substring(0, 64));
  }

  @Test
  void anAnswerWithinMaxOutputTokensIsWhole() throws Exception {
    Response response = model.both(q("{'model':'m','input':'Hi','max_output_tokens':16}"));

    assertThat(response.status()).isEqualTo("completed");
    assertThat(response.outputText()).isEqualTo("You said: Hi");
    assertThat(response.incompleteDetails()).isNull();
  }

  @Test
  void reasoningWithASummaryComesFirstAndCountsAsReasoningTokens() throws Exception {
    String body = q("{'model':'m','input':'Plan a trip','reasoning':{'effort':'high',"
        + "'summary':'auto'}}");

    Response response = model.both(body);
    ModelCalls.Streamed stream = model.stream(body);

    ReasoningItem reasoning = (ReasoningItem) response.output().get(0);
    String summary = reasoning.summary().get(0).text();
    assertThat(summary).contains("Plan a trip").contains("reply in plain text");
    assertThat(reasoning.encryptedContent()).isNull();
    assertThat(response.outputText()).isEqualTo("You said: Plan a trip");
    int reasoningTokens = 64 + TokenEstimate.of(summary);
    assertThat(response.usage().outputTokensDetails().reasoningTokens())
        .isEqualTo(reasoningTokens);
    assertThat(response.usage().outputTokens())
        .isEqualTo(reasoningTokens + TokenEstimate.of("You said: Plan a trip"));
    assertThat(stream.types()).containsSubsequence("response.output_item.added",
        "response.reasoning_summary_part.added", "response.reasoning_summary_text.delta",
        "response.reasoning_summary_text.done", "response.reasoning_summary_part.done",
        "response.output_item.done", "response.output_item.added");
  }

  @Test
  void reasoningWithoutSummaryHasAnEmptySummaryAndEncryptedContentWhenIncluded()
      throws Exception {
    String body = q("{'model':'m','input':'Plan a trip','reasoning':{'effort':'low'},"
        + "'include':['reasoning.encrypted_content']}");

    Response first = model.both(body);
    Response second = model.json(body);
    ModelCalls.Streamed stream = model.stream(body);
    Response deprecated = model.json(q("{'model':'m','input':'x','reasoning':{"
        + "'generate_summary':'concise'}}"));
    Response none = model.json(q("{'model':'m','input':'x','reasoning':{'effort':'none'}}"));

    ReasoningItem reasoning = (ReasoningItem) first.output().get(0);
    assertThat(reasoning.summary()).isEmpty();
    assertThat(reasoning.encryptedContent()).startsWith("gAAAAAB").hasSizeGreaterThan(100)
        .isEqualTo(((ReasoningItem) second.output().get(0)).encryptedContent());
    assertThat(first.usage().outputTokensDetails().reasoningTokens()).isEqualTo(16);
    assertThat(stream.types()).doesNotContain("response.reasoning_summary_part.added");
    assertThat(((ReasoningItem) deprecated.output().get(0)).summary())
        .extracting(SummaryText::text).singleElement().asString().startsWith("**Planning");
    assertThat(none.output()).singleElement().isInstanceOf(Message.class);
  }

  @Test
  void reasoningTokensCountAgainstMaxOutputTokens() throws Exception {
    Response response = model.both(q("{'model':'m','input':'" + LONG + "',"
        + "'max_output_tokens':20,'reasoning':{'effort':'low'}}"));

    assertThat(response.status()).isEqualTo("incomplete");
    assertThat(response.output()).hasSize(2);
    assertThat(response.outputText()).isEqualTo(("You said: " + LONG).substring(0, 16));
    assertThat(response.usage().outputTokens()).isEqualTo(20);
    assertThat(response.usage().outputTokensDetails().reasoningTokens()).isEqualTo(16);

    Response starved = model.both(q("{'model':'m','input':'Hi','max_output_tokens':16,"
        + "'reasoning':{'effort':'high','summary':'auto'}}"));

    assertThat(starved.output()).singleElement().isInstanceOfSatisfying(ReasoningItem.class,
        reasoning -> assertThat(reasoning.status()).isEqualTo("incomplete"));
    assertThat(starved.usage().outputTokensDetails().reasoningTokens()).isEqualTo(16);
  }

  @Test
  void logprobsCoverEveryTokenWithTheAlternativesAskedFor() throws Exception {
    String body = q("{'model':'m','input':'What are token log probabilities?','include':"
        + "['message.output_text.logprobs'],'top_logprobs':3}");

    Response response = model.both(body);
    ModelCalls.Streamed stream = model.stream(body);

    OutputText text = (OutputText) ((Message) response.output().get(0)).content().parts().get(0);
    List<LogProb> logprobs = text.logprobs();
    assertThat(logprobs).extracting(LogProb::token).containsExactly("You", " said", ":",
        " What", " are", " token", " log", " probabilities", "?");
    assertThat(String.join("", logprobs.stream().map(LogProb::token).toList()))
        .isEqualTo(text.text());
    for (LogProb entry : logprobs) {
      assertThat(entry.logprob()).isBetween(-1.0, 0.0);
      assertThat(entry.bytes()).containsExactlyElementsOf(utf8(entry.token()));
      assertThat(entry.topLogprobs()).hasSize(3).extracting(TopLogProb::token)
          .first().isEqualTo(entry.token());
      assertThat(entry.topLogprobs()).extracting(TopLogProb::logprob).isSortedAccordingTo(
          (a, b) -> Double.compare(b, a));
    }
    List<OutputTextDeltaEvent> deltas = stream.events().stream()
        .filter(OutputTextDeltaEvent.class::isInstance).map(OutputTextDeltaEvent.class::cast)
        .toList();
    assertThat(deltas).hasSize(logprobs.size()).allSatisfy(delta ->
        assertThat(delta.logprobs()).singleElement().extracting(LogProb::token)
            .isEqualTo(delta.delta()));
    assertThat(stream.events()).filteredOn(OutputTextDoneEvent.class::isInstance)
        .singleElement().satisfies(done ->
            assertThat(((OutputTextDoneEvent) done).logprobs()).isEqualTo(logprobs));
  }

  @Test
  void logprobsWithoutTopLogprobsHaveNoAlternativesAndScriptedRepliesGetThemToo()
      throws Exception {
    model.server.enqueue(Reply.text("Scripted answer, with a comma."));

    Response scripted = model.json(q("{'model':'m','input':'x','include':["
        + "'message.output_text.logprobs']}"));

    OutputText text = (OutputText) ((Message) scripted.output().get(0)).content().parts().get(0);
    assertThat(text.logprobs()).extracting(LogProb::token).containsExactly("Scripted",
        " answer", ",", " with", " a", " comma", ".");
    assertThat(text.logprobs()).allSatisfy(entry -> assertThat(entry.topLogprobs()).isEmpty());
  }

  @Test
  void withoutIncludeThereAreNoLogprobs() throws Exception {
    Response response = model.both(q("{'model':'m','input':'x','top_logprobs':5}"));

    OutputText text = (OutputText) ((Message) response.output().get(0)).content().parts().get(0);
    assertThat(text.logprobs()).isEmpty();
    assertThat(response.topLogprobs()).isEqualTo(5);
  }

  private static List<Integer> utf8(String token) {
    byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
    return java.util.stream.IntStream.range(0, bytes.length).map(i -> bytes[i] & 0xff).boxed()
        .toList();
  }
}
