package ai.ope.responses.samples;

// StreamingChat: a console chat that prints the answer as it streams in, token by token, and
// chains the turns with previous_response_id so that the model remembers the conversation.
// Run it without arguments to chat (empty line or "exit" to stop), or with --prompt "..." for
// one turn.

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.OutputTextDeltaEvent;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import ai.ope.responses.client.ResponseStream;
import ai.ope.responses.testkit.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A console chat that streams its answers. */
public final class StreamingChat {

  private final Backend backend;
  private final PrintStream out;
  private String previousResponseId;

  StreamingChat(Backend backend, PrintStream out) {
    this.backend = backend;
    this.out = out;
  }

  /**
   * Runs the sample.
   *
   * @param args {@code --prompt "…"} for one turn; nothing for an interactive chat
   * @throws IOException when the console cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (Backend backend = Backend.fromEnvironment(System.out)) {
      StreamingChat chat = new StreamingChat(backend, System.out);
      int prompt = List.of(args).indexOf("--prompt");
      if (prompt >= 0 && prompt + 1 < args.length) {
        chat.turn(args[prompt + 1]);
      } else {
        chat.converse(new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8)));
      }
    }
  }

  /** Reads turns from the console until an empty line, "exit" or the end of the input. */
  void converse(BufferedReader in) throws IOException {
    while (true) {
      out.print("you> ");
      out.flush();
      String line = in.readLine();
      if (line == null || line.isBlank() || line.strip().equals("exit")) {
        return;
      }
      turn(line.strip());
    }
  }

  /** One turn: the question, and the answer printed as it arrives. */
  Response turn(String question) {
    backend.script(Reply.text(offlineAnswer(question)).withChunks(wordsOf(question) + 12));
    CreateResponseRequest request = CreateResponseRequest.builder()
        .model(Backend.MODEL)
        .input(question)
        .previousResponseId(previousResponseId)
        .build();

    out.print("assistant> ");
    try (ResponseStream events = backend.client().stream(request)) {
      for (ResponseStreamEvent event : events) {
        if (event instanceof OutputTextDeltaEvent delta) {
          out.print(delta.delta());
          out.flush();
        }
      }
      Response response = events.finalResponse();
      out.println();
      previousResponseId = response.id();
      return response;
    }
  }

  /** What the fake server answers offline: the real model answers live. */
  static String offlineAnswer(String question) {
    return "(offline) Each word of this answer reached you as its own server-sent event. You"
        + " asked: " + question;
  }

  private static int wordsOf(String text) {
    return text.split("\\s+").length;
  }
}
