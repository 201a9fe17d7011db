package ai.ope.responses.client;

import ai.ope.responses.api.CreateResponseRequest;

/**
 * Hand-written event-stream frames, for streams no scripted reply produces. Public for the tests
 * of the other packages (the relay's).
 */
public final class Frames {

  static final String ID = "resp_frames";

  private Frames() {}

  static CreateResponseRequest request(String input) {
    return CreateResponseRequest.builder().model("gpt-5.4-mini").input(input).build();
  }

  public static String created(int sequence) {
    return frame("response.created", "{\"type\":\"response.created\",\"sequence_number\":"
        + sequence + ",\"response\":" + response("in_progress", "[]") + "}");
  }

  public static String messageAdded(int sequence) {
    return frame("response.output_item.added", "{\"type\":\"response.output_item.added\","
        + "\"sequence_number\":" + sequence + ",\"output_index\":0,\"item\":{\"type\":\"message\","
        + "\"id\":\"msg_1\",\"role\":\"assistant\",\"status\":\"in_progress\",\"content\":[]}}");
  }

  public static String delta(int sequence, String text) {
    return frame("response.output_text.delta", "{\"type\":\"response.output_text.delta\","
        + "\"sequence_number\":" + sequence + ",\"item_id\":\"msg_1\",\"output_index\":0,"
        + "\"content_index\":0,\"delta\":\"" + text + "\"}");
  }

  public static String completed(int sequence, String text) {
    return frame("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":"
        + sequence + ",\"response\":" + completedResponse(text) + "}");
  }

  /** The JSON of a completed response with one message, as a create call answers it. */
  static String completedResponse(String text) {
    return response("completed", "[{\"type\":\"message\",\"id\":\"msg_1\",\"role\":"
        + "\"assistant\",\"status\":\"completed\",\"content\":[{\"type\":\"output_text\","
        + "\"text\":\"" + text + "\",\"annotations\":[]}]}]");
  }

  public static String error(int sequence, String code, String message) {
    return frame("error", "{\"type\":\"error\",\"sequence_number\":" + sequence + ",\"code\":\""
        + code + "\",\"message\":\"" + message + "\",\"param\":null}");
  }

  /** A frame without an {@code event:} line: the type is only in the data. */
  static String anonymous(String data) {
    return "data: " + data + "\n\n";
  }

  public static String frame(String event, String data) {
    return "event: " + event + "\ndata: " + data + "\n\n";
  }

  private static String response(String status, String output) {
    return "{\"id\":\"" + ID + "\",\"object\":\"response\",\"created_at\":1700000000,"
        + "\"status\":\"" + status + "\",\"model\":\"gpt-5.4-mini\",\"output\":" + output + "}";
  }
}
