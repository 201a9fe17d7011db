package ai.ope.responses.client;

import ai.ope.responses.api.Response;
import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.List;

/**
 * What one call of the fault matrix came to, as its caller saw it: the response or the exception,
 * the events delivered before the end (streams), and how many requests reached the server.
 *
 * @param response the response; null when the call failed
 * @param failure the exception (a library bug shows as one of another type); null when the call
 *     succeeded
 * @param delivered the events the caller received, in order (empty for create)
 * @param requests how many requests the fake server received for the call
 */
record FaultCell(Response response, RuntimeException failure,
    List<ResponseStreamEvent> delivered, int requests) {

  private static final int QUOTED_TEXT = 24;

  FaultCell {
    delivered = List.copyOf(delivered);
  }

  /** The outcome for the table: "ok" or the exception's type, with the detail that matters. */
  String outcome(String note) {
    String outcome;
    if (failure == null) {
      outcome = "ok";
    } else if (failure instanceof ApiException api) {
      outcome = "`" + api.getClass().getSimpleName() + "` (" + api.status() + ")";
    } else if (failure instanceof StreamInterruptedException interrupted) {
      outcome = "`StreamInterruptedException`" + (interrupted.idleTimeout() ? " (idle)" : "");
    } else {
      outcome = "`" + failure.getClass().getSimpleName() + "`";
    }
    return note.isEmpty() ? outcome : outcome + ", " + note;
  }

  /** Whether what arrived before a failure was kept, for the table. */
  String partial() {
    if (failure == null) {
      return "n/a (complete)";
    }
    if (!(failure instanceof StreamException stream)) {
      return delivered.isEmpty() ? "n/a (no event delivered)" : "no";
    }
    String text = stream.partialResponse() == null ? "" : stream.partialResponse().outputText();
    String quoted = text.length() > QUOTED_TEXT ? text.substring(0, QUOTED_TEXT) + "…" : text;
    return "yes: " + delivered.size() + " event(s)"
        + (text.isEmpty() ? ", no text yet" : ", text \"" + quoted + "\"");
  }
}
