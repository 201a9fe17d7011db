package ai.ope.responses.client.relay;

import ai.ope.responses.api.ResponseError;
import ai.ope.responses.client.ApiException;
import ai.ope.responses.client.MalformedEventException;
import ai.ope.responses.client.ResponseFailedException;
import ai.ope.responses.client.ResponsesException;
import ai.ope.responses.client.StreamErrorException;
import ai.ope.responses.client.StreamInterruptedException;
import jakarta.json.Json;

/**
 * The {@code error} event a browser gets when the relay fails: {@code {"type":…,"message":…}}.
 *
 * <p>A browser is outside the application, so it gets a category and a sentence, never an
 * exception's own message or a stack trace: those can name internal hosts, and an API error's
 * message can quote part of the key ("Incorrect API key provided: sk-…"). Only what the model
 * said about its own failure (an {@code error} event, a failed response) is passed on. The
 * application still gets the exception itself from the relay's future, to log.
 */
final class RelayErrors {

  /** The event name of a relayed failure. */
  static final String ERROR = "error";

  private RelayErrors() {}

  /** The error event for a failure. */
  static BrowserEvent eventFor(Throwable failure) {
    if (failure instanceof StreamErrorException error) {
      return event("stream_error", or(error.event().errorMessage(),
          "the model reported an error and stopped"));
    }
    if (failure instanceof ResponseFailedException failed) {
      return event("response_failed", failed.error().map(ResponseError::message)
          .filter(message -> !message.isBlank())
          .orElse("the model could not produce the response"));
    }
    if (failure instanceof StreamInterruptedException) {
      return event("stream_interrupted", "the model's stream broke off before its end");
    }
    if (failure instanceof MalformedEventException) {
      return event("malformed_event", "the model's stream sent an event that could not be read");
    }
    if (failure instanceof ApiException api) {
      return event("api_error", "the model service refused the request (status "
          + api.status() + ")");
    }
    if (failure instanceof ResponsesException) {
      return event("model_error", "the model service could not be reached or its answer used");
    }
    return event("relay_error", "the answer could not be relayed");
  }

  private static BrowserEvent event(String type, String message) {
    return new BrowserEvent(ERROR, Json.createObjectBuilder()
        .add("type", type)
        .add("message", message)
        .build()
        .toString());
  }

  private static String or(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text;
  }
}
