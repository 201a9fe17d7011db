package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.InputTokensRequest;
import ai.ope.responses.api.ResponsesJson;

/**
 * A deterministic stand-in for token counting: about four characters per token, as a rough rule
 * for English text. Good enough for usage figures in tests; not the real tokenizer.
 */
final class TokenEstimate {

  private TokenEstimate() {}

  /** Tokens of a piece of text: one per four characters, at least one for non-empty text. */
  static int of(String text) {
    return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
  }

  /** Input tokens of a create request: its input, instructions and tool definitions. */
  static int input(CreateResponseRequest request) {
    int tokens = 0;
    if (request.input() != null) {
      tokens += of(ResponsesJson.toJson(request.input()));
    }
    tokens += of(request.instructions());
    if (request.tools() != null) {
      tokens += request.tools().stream().mapToInt(tool -> of(ResponsesJson.toJson(tool))).sum();
    }
    return tokens;
  }

  /** Input tokens of a token-count request, counted like a create request. */
  static int input(InputTokensRequest request) {
    return input(CreateResponseRequest.builder()
        .input(request.input()).instructions(request.instructions()).tools(request.tools())
        .build());
  }
}
