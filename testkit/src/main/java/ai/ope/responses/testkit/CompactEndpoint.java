package ai.ope.responses.testkit;

import ai.ope.responses.api.CompactRequest;
import ai.ope.responses.api.CompactedResponse;
import ai.ope.responses.api.Compaction;
import ai.ope.responses.api.Input;
import ai.ope.responses.api.InputItem;
import ai.ope.responses.api.InputTokensDetails;
import ai.ope.responses.api.Message;
import ai.ope.responses.api.OutputItem;
import ai.ope.responses.api.OutputTokensDetails;
import ai.ope.responses.api.ResponsesJson;
import ai.ope.responses.api.ResponsesJsonException;
import ai.ope.responses.api.Role;
import ai.ope.responses.api.Usage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /responses/compact}: the conversation (the stored inputs and outputs along
 * {@code previous_response_id}, then the request's {@code input}) compacted as the real server
 * does it: its user messages kept (as {@code input_text} messages with ids), everything else
 * (assistant messages, tool calls and results, reasoning, earlier compaction items) folded into
 * one {@code compaction} item whose {@code encrypted_content} is an opaque stand-in
 * ({@link OpaqueContent}). The result is not stored: it is not a response. A later create whose
 * input holds the compaction item is answered as usual; the built-in model reads past it.
 */
final class CompactEndpoint {

  private final ResponseStore store;
  private final Ids ids;
  private final Clock clock;

  CompactEndpoint(ResponseStore store, Ids ids, Clock clock) {
    this.store = store;
    this.ids = ids;
    this.clock = clock;
  }

  Answer compact(Reply reply, RecordedRequest request) {
    CompactRequest body;
    try {
      body = request.bodyAs(CompactRequest.class);
    } catch (ResponsesJsonException e) {
      return Answer.invalidRequest(400, "Invalid request body: " + e.getMessage(),
          e.pointer().orElse(null), "invalid_type");
    }
    Optional<List<InputItem>> conversation = conversation(body);
    if (conversation.isEmpty()) {
      return Answer.invalidRequest(404, "Previous response with id '"
          + body.previousResponseId() + "' not found.", "previous_response_id",
          "previous_response_not_found");
    }
    List<InputItem> kept = new ArrayList<>();
    List<InputItem> folded = new ArrayList<>();
    for (InputItem item : conversation.get()) {
      boolean user = item instanceof Message message && Role.USER.equals(message.role());
      (user ? kept : folded).add(item);
    }
    List<OutputItem> output = new ArrayList<>();
    for (InputItem listed : InputListing.of(Input.of(kept), ids)) {
      output.add((OutputItem) listed);
    }
    String encrypted = OpaqueContent.of("compaction", ResponsesJson.toJson(Input.of(folded)));
    output.add(new Compaction(ids.next("cmp"), encrypted, null));
    int input = TokenEstimate.of(ResponsesJson.toJson(Input.of(conversation.get())))
        + TokenEstimate.of(body.instructions());
    int produced = TokenEstimate.of(encrypted);
    Usage usage = new Usage(input, new InputTokensDetails(0, 0), produced,
        new OutputTokensDetails(0), input + produced);
    CompactedResponse compacted = new CompactedResponse(ids.next("resp"), "response.compaction",
        (double) (clock.millis() / 1000), output, usage);
    return new Answer(reply, new Outcome.Json(200, ResponsesJson.toJson(compacted)));
  }

  /** The stored items along the chain, oldest first, then the input; empty: unknown previous. */
  private Optional<List<InputItem>> conversation(CompactRequest body) {
    List<ResponseStore.Entry> chain = store.chain(body.previousResponseId());
    if (body.previousResponseId() != null && chain.isEmpty()) {
      return Optional.empty();
    }
    List<List<InputItem>> turns = new ArrayList<>();
    for (ResponseStore.Entry entry : chain) {
      List<InputItem> turn = new ArrayList<>(entry.inputItems());
      turn.addAll(entry.response().output());
      turns.add(0, turn);
    }
    List<InputItem> items = new ArrayList<>();
    turns.forEach(items::addAll);
    if (body.input() != null) {
      items.addAll(body.input().items());
    }
    return Optional.of(items);
  }
}
