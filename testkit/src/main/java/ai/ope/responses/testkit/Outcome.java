package ai.ope.responses.testkit;

import ai.ope.responses.api.stream.ResponseStreamEvent;
import java.util.List;

/** What goes on the wire for an answer, beside the reply's faults and headers. */
sealed interface Outcome {

  /** A JSON body with this status. */
  record Json(int status, String body) implements Outcome {}

  /** An event stream of these events. */
  record Events(List<ResponseStreamEvent> events) implements Outcome {}

  /** The reply's own status, headers and bytes (an error envelope or a recording). */
  record AsRecorded() implements Outcome {}
}
