package ai.ope.responses.testkit;

import ai.ope.responses.api.CreateResponseRequest;
import ai.ope.responses.api.Includable;
import java.util.List;

/**
 * What a create request's {@code include} and {@code top_logprobs} ask to be added to whatever
 * output is rendered, scripted or built-in.
 *
 * @param logprobs whether output text carries log probabilities
 * @param topLogprobs alternatives per token, 0 to 20
 * @param encryptedReasoning whether reasoning items carry {@code encrypted_content}
 */
record RenderOptions(boolean logprobs, int topLogprobs, boolean encryptedReasoning) {

  static RenderOptions of(CreateResponseRequest request) {
    int top = request.topLogprobs() == null ? 0 : Math.max(0, Math.min(20,
        request.topLogprobs()));
    List<String> include = request.include() == null ? List.of() : request.include();
    return new RenderOptions(include.contains(Includable.OUTPUT_TEXT_LOGPROBS), top,
        include.contains(Includable.REASONING_ENCRYPTED_CONTENT));
  }
}
