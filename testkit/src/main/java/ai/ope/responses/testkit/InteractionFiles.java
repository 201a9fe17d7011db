package ai.ope.responses.testkit;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One interaction as the lint checks it: its bodies as text, read by {@link CassetteReader} (so
 * that what the lint accepts is what a server replays).
 *
 * @param method the HTTP method
 * @param path the path without its query
 * @param requestBody the request body as text; empty for none
 * @param status the recorded status
 * @param responseBody the JSON response body as text; empty for none (and for a stream)
 * @param stream the recorded event stream's text (timing lines removed), or null when the reply
 *     is not a stream
 */
record InteractionFiles(String method, String path, String requestBody, int status,
    String responseBody, String stream) {

  static final String REQUEST = "request.json";
  static final String RESPONSE = "response.json";
  static final String STREAM = "response.sse";

  /**
   * Reads a folder.
   *
   * @throws IllegalArgumentException when it cannot be loaded, naming the file at fault
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  static InteractionFiles read(Path folder) {
    Interaction interaction = CassetteReader.readInteraction(folder);
    Reply reply = interaction.reply();
    String body = new String(reply.body, StandardCharsets.UTF_8);
    return new InteractionFiles(interaction.method(), interaction.path(),
        interaction.requestBody(), reply.status, reply.eventStream ? "" : body,
        reply.eventStream ? body : null);
  }

  /**
   * Strict JSON: the whole text is one value.
   *
   * @throws JsonException when it is not, with the parser's location
   */
  static JsonValue json(String text) {
    try (JsonReader reader = Json.PROVIDER.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
