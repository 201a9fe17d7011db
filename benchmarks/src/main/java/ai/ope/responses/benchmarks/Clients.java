package ai.ope.responses.benchmarks;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.client.HttpTransport;
import ai.ope.responses.client.ResponsesClient;
import ai.ope.responses.client.ResponsesClientBuilder;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.responses.ResponseCreateParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The three clients every client benchmark compares, configured alike: no retries, generous
 * timeouts, the same request.
 */
final class Clients {

  /** Never a real key: the servers are loopback fakes. */
  static final String KEY = "sk-benchmark-not-a-key";
  static final String MODEL = "gpt-5.4-mini";
  static final String INPUT = "Write a haiku about benchmarks.";

  /** Ours: the request every benchmark sends. */
  static final CreateResponseRequest REQUEST =
      CreateResponseRequest.builder().model(MODEL).input(INPUT).build();
  /** openai-java's form of the same request. */
  static final ResponseCreateParams PARAMS =
      ResponseCreateParams.builder().model(MODEL).input(INPUT).build();
  private static final String BODY =
      "{\"model\":\"" + MODEL + "\",\"input\":\"" + INPUT + "\"}";
  private static final String STREAM_BODY =
      "{\"model\":\"" + MODEL + "\",\"input\":\"" + INPUT + "\",\"stream\":true}";

  private Clients() {}

  /**
   * Ours, on its default HTTP transport, or on the one named by the system property
   * {@code responses.benchmarks.httpTransport} ({@code JDK_HTTP_CLIENT}: the transport before
   * the built-in one, for before/after runs). Telemetry off, as for an application without the
   * OpenTelemetry API (the benchmarks have it, for {@link TelemetryBenchmark}).
   */
  static ResponsesClient ours(URI baseUri) {
    return ours(baseUri, ResponsesClient.builder().telemetryEnabled(false));
  }

  /** Ours, configured from {@code builder} (telemetry, say) and then as {@link #ours(URI)}. */
  static ResponsesClient ours(URI baseUri, ResponsesClientBuilder builder) {
    builder.apiKey(KEY).baseUrl(baseUri.toString()).maxRetries(0)
        .timeout(Duration.ofMinutes(2));
    String transport = System.getProperty("responses.benchmarks.httpTransport", "").strip();
    return (transport.isEmpty() ? builder
        : builder.httpTransport(HttpTransport.valueOf(transport))).build();
  }

  static OpenAIClient openaiJava(URI baseUri) {
    return OpenAIOkHttpClient.builder().apiKey(KEY).baseUrl(baseUri.toString()).maxRetries(0)
        .timeout(Duration.ofMinutes(2)).build();
  }

  /** The floor: the JDK's own client, HTTP/1.1 as the servers speak. */
  static HttpClient jdk() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /**
   * Posts the create request with the JDK client to {@code baseUri/responses} and returns the
   * body unread.
   */
  static InputStream post(HttpClient jdk, URI baseUri, boolean stream) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + "/responses"))
        .header("authorization", "Bearer " + KEY)
        .header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(stream ? STREAM_BODY : BODY)).build();
    try {
      HttpResponse<InputStream> response = jdk.send(request,
          HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        response.body().close();
        throw new IllegalStateException("the server answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
