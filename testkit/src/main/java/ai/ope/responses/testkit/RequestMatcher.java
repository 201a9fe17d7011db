package ai.ope.responses.testkit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether a scripted reply answers a request ({@link FakeResponsesServer#when}).
 * Combine the factories with {@link #and(RequestMatcher)}.
 */
@FunctionalInterface
public interface RequestMatcher {

  /**
   * Whether the request matches.
   *
   * @param request the request as received
   * @return true to answer it
   */
  boolean matches(RecordedRequest request);

  /**
   * Both this and another matcher.
   *
   * @param other the other matcher
   * @return a matcher of requests both match
   */
  default RequestMatcher and(RequestMatcher other) {
    Objects.requireNonNull(other, "other");
    return request -> matches(request) && other.matches(request);
  }

  /**
   * Every request.
   *
   * @return a matcher that always matches
   */
  static RequestMatcher any() {
    return request -> true;
  }

  /**
   * Requests with this method and path ({@code /v1/...}, without the query).
   *
   * @param method e.g. {@code GET}
   * @param path e.g. {@code /v1/responses/resp_1}
   * @return the matcher
   */
  static RequestMatcher request(String method, String path) {
    return request -> request.method().equalsIgnoreCase(method) && request.path().equals(path);
  }

  /**
   * Requests that create a response: {@code POST /v1/responses}.
   *
   * @return the matcher
   */
  static RequestMatcher createResponse() {
    return request("POST", "/v1/responses");
  }

  /**
   * Requests whose JSON body has a string at this JSON pointer equal to the value.
   *
   * @param pointer an RFC 6901 pointer, e.g. {@code /model}
   * @param value the expected string
   * @return the matcher
   */
  static RequestMatcher jsonString(String pointer, String value) {
    Function<JsonStructure, JsonValue> at = JsonDiff.reader(pointer);
    return request -> valueAt(request, at) instanceof JsonString string
        && string.getString().equals(value);
  }

  /**
   * Requests whose JSON body has this value at this JSON pointer (numbers compared by value).
   *
   * @param pointer an RFC 6901 pointer, e.g. {@code /stream}
   * @param value the expected value
   * @return the matcher
   */
  static RequestMatcher json(String pointer, JsonValue value) {
    Function<JsonStructure, JsonValue> at = JsonDiff.reader(pointer);
    return request -> {
      JsonValue found = valueAt(request, at);
      return found != null && JsonDiff.differences(value, found, java.util.Set.of()).isEmpty();
    };
  }

  /**
   * Requests whose JSON body contains this JSON object: every member given must be present with
   * an equal value, whatever else the body holds. Objects are compared as subsets at every depth,
   * numbers by value ({@code 1} matches {@code 1.0}), arrays must have the same length with each
   * element matching the one at the same place; strings, booleans and null must be equal. For
   * example {@code jsonSubset("{\"model\":\"gpt-5.4-mini\",\"stream\":true}")}.
   *
   * @param json a JSON object, as text
   * @return the matcher
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  static RequestMatcher jsonSubset(String json) {
    Objects.requireNonNull(json, "json");
    JsonValue parsed = Json.parse(json).orElse(null);
    if (!(parsed instanceof JsonObject object)) {
      throw new IllegalArgumentException("jsonSubset takes a JSON object, not: "
          + ApiErrors.shown(json));
    }
    return jsonSubset(object);
  }

  /**
   * Requests whose JSON body contains this JSON object, compared as {@link #jsonSubset(String)}
   * says.
   *
   * @param subset the members the body must have
   * @return the matcher
   */
  static RequestMatcher jsonSubset(JsonObject subset) {
    return new JsonSubset(Objects.requireNonNull(subset, "subset"));
  }

  /**
   * Create requests for this model.
   *
   * @param model the {@code model} of the request
   * @return the matcher
   */
  static RequestMatcher model(String model) {
    return jsonString("/model", model);
  }

  /**
   * Requests whose body contains this text.
   *
   * @param text the text
   * @return the matcher
   */
  static RequestMatcher bodyContains(String text) {
    return request -> request.bodyAsString().contains(text);
  }

  /**
   * Requests with a header of this value.
   *
   * @param name the header, in any case
   * @param value its expected value
   * @return the matcher
   */
  static RequestMatcher header(String name, String value) {
    return request -> request.header(name).filter(value::equals).isPresent();
  }

  private static JsonValue valueAt(RecordedRequest request,
      Function<JsonStructure, JsonValue> at) {
    return request.json()
        .filter(JsonStructure.class::isInstance)
        .map(json -> at.apply((JsonStructure) json))
        .orElse(null);
  }
}
