package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.ResponsesJson;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.regex.Pattern;

/** Writes a create request as the socket's {@code response.create} client event (spec §7.6). */
final class SocketRequests {

  private static final Pattern STREAM_ID = Pattern.compile("[A-Za-z0-9_.\\-]{1,256}");

  private SocketRequests() {}

  /**
   * The event: {@code type} first, the request's members without {@code stream} (implicit on a
   * socket), then the lane and the warm-up switch when given.
   *
   * @param streamId the lane, or null for the default one
   * @param generate false for a warm-up that produces no output; null to leave it out
   * @throws IllegalArgumentException for {@code background: true} or a malformed lane
   */
  static String create(CreateResponseRequest request, String streamId, Boolean generate) {
    if (Boolean.TRUE.equals(request.background())) {
      throw new IllegalArgumentException("background responses are not supported over a"
          + " WebSocket connection; use create() or stream()");
    }
    checkStreamId(streamId);
    JsonObject members;
    try (var reader = Json.createReader(new StringReader(ResponsesJson.toJson(request)))) {
      members = reader.readObject();
    }
    JsonObjectBuilder event = Json.createObjectBuilder().add("type", "response.create");
    members.forEach((name, value) -> {
      if (!name.equals("stream") && !name.equals("background") && !name.equals("type")) {
        event.add(name, value);
      }
    });
    if (streamId != null) {
      event.add("stream_id", streamId);
    }
    if (generate != null) {
      event.add("generate", generate);
    }
    return event.build().toString();
  }

  static void checkStreamId(String streamId) {
    if (streamId != null && !STREAM_ID.matcher(streamId).matches()) {
      throw new IllegalArgumentException("a stream_id has 1 to 256 characters among A-Z a-z 0-9"
          + " _ . - (" + streamId.length() + " character(s) given)");
    }
  }
}
