package ai.ope.responses.testkit;

/**
 * The "model" that answers create requests nothing scripted or recorded answers (the
 * {@link FakeResponsesServer.Fallback#MODEL} fallback): deterministic for a given request, and
 * honouring what it asks for.
 */
final class BuiltInModel {

  private final ResponseStore store;

  BuiltInModel(ResponseStore store) {
    this.store = store;
  }

  /** The reply to a valid create request. */
  Reply reply(RecordedRequest request) {
    // TODO(model): honour text.format, tools, max_output_tokens, reasoning, include
    return EchoReply.to(request);
  }
}
