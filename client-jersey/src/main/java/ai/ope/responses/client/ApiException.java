package ai.ope.responses.client;

import ai.ope.responses.api.ApiError;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. It carries what the {@code {"error":{…}}} envelope says
 * (message, type, code, param), the status, the {@code x-request-id} to quote to the server's
 * operators, the response headers and the body as text (also when the body is not JSON, such as
 * a proxy's HTML error page).
 *
 * <p>Subclasses name the common statuses: {@link BadRequestException} (400),
 * {@link AuthenticationException} (401), {@link PermissionDeniedException} (403),
 * {@link NotFoundException} (404), {@link ConflictException} (409),
 * {@link UnprocessableEntityException} (422), {@link RateLimitException} (429),
 * {@link InternalServerException} (5xx). Other statuses are an {@code ApiException} itself.
 */
public class ApiException extends ResponsesException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status. */
  private final int status;
  private final transient ApiError error;
  /** The {@code x-request-id} of the answer, or null. */
  private final String requestId;
  private final transient Map<String, List<String>> headers;
  /** The body as received, secrets masked. */
  private final String body;

  /**
   * Creates the exception; use {@link #of} to get the subclass for the status.
   *
   * @param message the message (the caller masks secrets)
   * @param status the HTTP status
   * @param error the parsed envelope's error, or null when the body was not an envelope
   * @param requestId the {@code x-request-id} header, or null
   * @param headers the response headers
   * @param body the response body as text
   */
  public ApiException(String message, int status, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    super(message, null);
    this.status = status;
    this.error = error;
    this.requestId = requestId;
    this.headers = Map.copyOf(headers);
    this.body = body;
  }

  /**
   * The exception for an error answer: the subclass for its status, with a message that says what
   * happened and quotes the request id.
   *
   * @param status the HTTP status
   * @param error the parsed envelope's error, or null when the body was not an envelope
   * @param requestId the {@code x-request-id} header, or null
   * @param headers the response headers
   * @param body the response body as text, secrets already masked
   * @return the exception
   */
  public static ApiException of(int status, ApiError error, String requestId,
      Map<String, List<String>> headers, String body) {
    String message = message(status, error, requestId, body);
    switch (status) {
      case 400:
        return new BadRequestException(message, error, requestId, headers, body);
      case 401:
        return new AuthenticationException(message, error, requestId, headers, body);
      case 403:
        return new PermissionDeniedException(message, error, requestId, headers, body);
      case 404:
        return new NotFoundException(message, error, requestId, headers, body);
      case 409:
        return new ConflictException(message, error, requestId, headers, body);
      case 422:
        return new UnprocessableEntityException(message, error, requestId, headers, body);
      case 429:
        return new RateLimitException(message, error, requestId, headers, body);
      default:
        return status >= 500
            ? new InternalServerException(message, status, error, requestId, headers, body)
            : new ApiException(message, status, error, requestId, headers, body);
    }
  }

  /**
   * The exception for an error answer received with plain JAX-RS, such as the response of a
   * {@code WebApplicationException}: reads (and closes) the response.
   *
   * @param response an answer with an error status
   * @return the exception for its status
   */
  public static ApiException from(jakarta.ws.rs.core.Response response) {
    return ApiErrors.from(response, null);
  }

  private static String message(int status, ApiError error, String requestId, String body) {
    StringBuilder message = new StringBuilder("HTTP ").append(status);
    String code = error == null ? null : error.code() != null ? error.code() : error.type();
    if (code != null) {
      message.append(" (").append(code).append(')');
    }
    message.append(": ");
    if (error != null && error.message() != null) {
      message.append(error.message());
    } else if (body == null || body.isBlank()) {
      message.append("no error details in the body");
    } else {
      String text = body.strip().replaceAll("\\s+", " ");
      message.append(text.length() <= 200 ? text : text.substring(0, 200) + "…");
    }
    if (requestId != null) {
      message.append(" [request id ").append(requestId).append(']');
    }
    return message.toString();
  }

  /**
   * The HTTP status.
   *
   * @return e.g. 429
   */
  public int status() {
    return status;
  }

  /**
   * The error's message as the API wrote it.
   *
   * @return the envelope's {@code message}; empty when the body was not an envelope
   */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(error).map(ApiError::message);
  }

  /**
   * The error's class.
   *
   * @return e.g. {@code invalid_request_error}; empty when absent
   */
  public Optional<String> type() {
    return Optional.ofNullable(error).map(ApiError::type);
  }

  /**
   * The machine-readable code.
   *
   * @return e.g. {@code rate_limit_exceeded}; empty when absent
   */
  public Optional<String> code() {
    return Optional.ofNullable(error).map(ApiError::code);
  }

  /**
   * The offending request parameter.
   *
   * @return e.g. {@code model}; empty when absent
   */
  public Optional<String> param() {
    return Optional.ofNullable(error).map(ApiError::param);
  }

  /**
   * The server's id for the request, to quote to its operators.
   *
   * @return the {@code x-request-id} header, if sent
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The response headers, names in lower case.
   *
   * @return the headers
   */
  public Map<String, List<String>> headers() {
    return headers == null ? Map.of() : headers;
  }

  /**
   * The response body as text, secrets masked.
   *
   * @return the body; empty when there was none
   */
  public String body() {
    return body == null ? "" : body;
  }
}
