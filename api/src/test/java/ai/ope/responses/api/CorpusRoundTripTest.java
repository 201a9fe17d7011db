package ai.ope.responses.api;

import static org.assertj.core.api.Assertions.assertThat;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.api.stream.ServerSentEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The model's main law over every real recorded interaction in {@code ../shared/corpus}: each
 * request, response and stream event parses, no type lands in an {@code Unknown…} member, and
 * writing it again gives JSON equal to the recording.
 */
class CorpusRoundTripTest {

  private static final AtomicInteger PAYLOADS = new AtomicInteger();
  private static final Set<String> EXTRA = new ConcurrentSkipListSet<>();

  /**
   * Members real servers send that the model deliberately leaves in {@code extra()}: undocumented
   * or synthetic fields of test fixtures, and the WebSocket-only {@code type} of a request.
   */
  private static final Set<String> EXPECTED_EXTRA = Set.of(
      "ImageGenerationTool.n",
      "Response.status_details", "Response.tool_calls", "Response.total_tokens");

  @TestFactory
  Stream<DynamicTest> everyRecordedPayloadRoundTrips() {
    return SharedFixtures.each("corpus", corpus -> {
      List<Path> interactions = list(corpus);
      assertThat(interactions).hasSizeGreaterThanOrEqualTo(116);
      return interactions.stream().map(folder -> DynamicTest.dynamicTest(
          folder.getFileName().toString(), () -> checkInteraction(folder)));
    });
  }

  private static List<Path> list(Path corpus) {
    try (Stream<Path> folders = Files.list(corpus)) {
      return folders.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void report() {
    System.out.println("CorpusRoundTripTest: " + PAYLOADS.get() + " corpus payloads round-tripped;"
        + " members left in extra(): " + EXTRA);
  }

  private static void checkInteraction(Path folder) throws IOException {
    JsonObject meta = parse(read(folder.resolve("meta.json"))).asJsonObject();
    String method = meta.getString("method");
    String path = meta.getString("url_path").replaceFirst("[?].*", "");
    int status = Integer.parseInt(read(folder.resolve("status.txt")).trim());
    Path request = folder.resolve("request.json");
    if (Files.exists(request)) {
      assertRoundTrip(read(request), requestType(path));
    }
    Path response = folder.resolve("response.json");
    if (Files.exists(response)) {
      String body = read(response);
      assertRoundTrip(body, responseType(method, path, status, parse(body)));
    }
    Path sse = folder.resolve("response.sse");
    if (Files.exists(sse)) {
      List<ServerSentEvent> frames = ServerSentEvent.parseAll(read(sse));
      assertThat(frames).isNotEmpty();
      for (ServerSentEvent frame : frames) {
        if (!frame.isDone()) {
          assertEventRoundTrip(frame);
        }
      }
    }
  }

  static void assertRoundTrip(String json, Class<?> type) {
    Object value = ResponsesJson.fromJson(json, type);
    assertThat(value).isInstanceOf(type);
    assertThat(UnknownMembers.in(value)).as("types the model does not know").isEmpty();
    assertOnlyExpectedExtra(value);
    assertThat(JsonEquality.difference(parse(json), parse(ResponsesJson.toJson(value))))
        .as("round trip of %s", type.getSimpleName()).isNull();
    PAYLOADS.incrementAndGet();
  }

  static void assertEventRoundTrip(ServerSentEvent frame) {
    ResponseStreamEvent event = ResponsesJson.parseEvent(frame.event(), frame.data());
    assertThat(UnknownMembers.in(event)).as("types the model does not know").isEmpty();
    assertOnlyExpectedExtra(event);
    if (frame.event() != null) {
      assertThat(event.type()).isEqualTo(frame.event());
    }
    assertThat(JsonEquality.difference(parse(frame.data()), parse(ResponsesJson.toJson(event))))
        .as("round trip of %s", event.type()).isNull();
    PAYLOADS.incrementAndGet();
  }

  private static void assertOnlyExpectedExtra(Object value) {
    Set<String> extra = UnknownMembers.extraMembers(value);
    EXTRA.addAll(extra);
    assertThat(extra).as("members the model does not bind").isSubsetOf(EXPECTED_EXTRA);
  }

  private static Class<?> requestType(String path) {
    if (path.endsWith("/responses/compact")) {
      return CompactRequest.class;
    }
    if (path.endsWith("/responses/input_tokens")) {
      return InputTokensRequest.class;
    }
    return CreateResponseRequest.class;
  }

  private static Class<?> responseType(String method, String path, int status, JsonValue body) {
    JsonObject object = body.asJsonObject();
    boolean errorEnvelope =
        !object.containsKey("object") && object.get("error") instanceof JsonObject;
    if (status >= 400 || errorEnvelope) {
      return ErrorResponse.class;
    }
    if (path.endsWith("/input_items")) {
      return InputItemList.class;
    }
    if (path.endsWith("/responses/compact")) {
      return CompactedResponse.class;
    }
    if (path.endsWith("/responses/input_tokens")) {
      return InputTokenCount.class;
    }
    if (method.equals("DELETE")) {
      return DeletedResponse.class;
    }
    return Response.class;
  }

  static JsonValue parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readValue();
    }
  }

  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
