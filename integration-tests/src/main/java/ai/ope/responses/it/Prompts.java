package ai.ope.responses.it;

import ai.ope.responses.api.CreateResponseRequest;

/** The one kind of request every resource sends: the caller's question to a fixed model. */
final class Prompts {

  /** A model the fake server knows; the answers are scripted by the tests anyway. */
  static final String MODEL = "gpt-5.4-mini";

  private Prompts() {}

  static CreateResponseRequest ask(String question) {
    if (question == null || question.isBlank()) {
      throw new jakarta.ws.rs.BadRequestException("query parameter q is required");
    }
    return CreateResponseRequest.builder().model(MODEL).input(question).build();
  }
}
