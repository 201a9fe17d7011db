package ai.ope.responses.client.relay;

/** Hand-written model event frames, for streams no scripted reply produces. */
final class Frames {

  private Frames() {}

  static String created(int sequence) {
    return frame("response.created", "{\"type\":\"response.created\",\"sequence_number\":"
        + sequence + ",\"response\":" + response("in_progress", "[]") + "}");
  }

  static String messageAdded(int sequence) {
    return frame("response.output_item.added", "{\"type\":\"response.output_item.added\","
        + "\"sequence_number\":" + sequence + ",\"output_index\":0,\"item\":{\"type\":\"message\","
        + "\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"in_progress\",\"content\":[]}}");
  }

  static String delta(int sequence, String text) {
    return frame("response.output_text.delta", "{\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":" + sequence + ",\"item_id\":\"msg_1\",\"output_index\":0,"
        + "\"content_index\":0,\"delta\":\"" + text + "\"}");
  }

  static String completed(int sequence, String text) {
    return frame("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":"
        + sequence + ",\"response\":" + response("completed", "[{\"type\":\"message\","
        + "\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"completed\",\"content\":["
        + "{\"type\":\"output_text\",\"text\":\"" + text + "\",\"annotations\":[]}]}]") + "}");
  }

  static String error(int sequence, String code, String message) {
    return frame("error", "{\"type\":\"error\",\"sequence_number\":" + sequence + ",\"code\":\""
        + code + "\",\"message\":\"" + message + "\",\"param\":null}");
  }

  static String frame(String event, String data) {
    return "event: " + event + "\ndata: " + data + "\n\n";
  }

  private static String response(String status, String output) {
    return "{\"id\":\"resp_relay\",\"object\":\"response\",\"created_at\":1700000000,"
        + "\"status\":\"" + status + "\",\"model\":\"gpt-5.4-mini\",\"output\":" + output + "}";
  }
}
