package ai.ope.responses.conformance;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputText;
import java.time.Duration;
import java.util.stream.Collectors;

/** openai-java as its users set it up, pointed at the standalone server. */
final class OpenAiJava {

  /** The model every scenario names; the servers that know models know this one. */
  static final String MODEL = "gpt-5.4-mini";

  private OpenAiJava() {}

  /**
   * The SDK's OkHttp client for the server: its {@code /v1} URL, a test key, no retries (a retry
   * would hide a wrong status), a timeout that ends a hung call.
   */
  static OpenAIClient client(StandaloneServer server) {
    return OpenAIOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey("sk-test")
        .maxRetries(0).timeout(Duration.ofSeconds(30)).build();
  }

  /** The text of every output message, joined, as the SDKs' {@code output_text} joins it. */
  static String text(Response response) {
    return response.output().stream()
        .flatMap(item -> item.message().stream())
        .flatMap(message -> message.content().stream())
        .flatMap(content -> content.outputText().stream())
        .map(ResponseOutputText::text)
        .collect(Collectors.joining());
  }

  /** Whether the response holds a function call, for assertions that say what it held. */
  static boolean callsAFunction(Response response) {
    return response.output().stream().anyMatch(ResponseOutputItem::isFunctionCall);
  }

  /** The messages' count, so an assertion can tell "no message" from "an empty one". */
  static long messages(Response response) {
    return response.output().stream().filter(ResponseOutputItem::isMessage).count();
  }
}
