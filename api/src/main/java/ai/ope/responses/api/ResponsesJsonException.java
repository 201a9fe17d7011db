package ai.ope.responses.api;

import jakarta.json.bind.JsonbException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * JSON that cannot be read as the requested model type: malformed or truncated text, a value of
 * the wrong kind ({@code "output": "x"} where an array belongs), a number out of range, or input
 * nested deeper than the parser allows.
 *
 * <p>It is the only exception the model's JSON binding throws for bad input. It says where reading
 * stopped: the {@linkplain #pointer() JSON pointer} of the offending value, the character
 * {@linkplain #offset() offset} when the input was text, and a short {@linkplain #excerpt()
 * excerpt} around it (with anything that looks like an API key masked). Unknown {@code type}
 * values and unknown members are not errors: they are kept, see {@link ResponsesJson}.
 *
 * <p>It extends {@link JsonbException}, so code written against JSON-B catches it too.
 */
public class ResponsesJsonException extends JsonbException {

  private static final long serialVersionUID = 1L;

  /** The JSON pointer of the failing value. */
  private final String pointer;
  /** The character offset where reading stopped, or -1. */
  private final long offset;
  /** A short excerpt of the input there, key-like text masked. */
  private final String excerpt;

  /**
   * Creates the exception.
   *
   * @param problem what went wrong, e.g. {@code "cannot read Response: expected array but found
   *     string"}
   * @param pointer the JSON pointer of the failing value ({@code ""} for the root), or null
   * @param offset the character offset in the input, or -1 when unknown
   * @param excerpt the input around the offset, or null
   * @param cause the underlying parser failure, or null
   */
  public ResponsesJsonException(
      String problem, String pointer, long offset, String excerpt, Throwable cause) {
    super(message(problem, pointer, offset, excerpt), cause);
    this.pointer = pointer;
    this.offset = offset;
    this.excerpt = excerpt;
  }

  /**
   * Where in the JSON the failing value is.
   *
   * @return its JSON pointer (RFC 6901), {@code ""} for the root; empty when unknown
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Where in the input reading stopped.
   *
   * @return the character offset; empty when unknown (input that was not text)
   */
  public OptionalLong offset() {
    return offset < 0 ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  /**
   * The input around the offset, on one line, with anything that looks like an API key masked.
   *
   * @return up to 64 characters; empty when the input was not text
   */
  public Optional<String> excerpt() {
    return Optional.ofNullable(excerpt);
  }

  private static String message(String problem, String pointer, long offset, String excerpt) {
    StringBuilder message = new StringBuilder(problem);
    if (pointer != null) {
      message.append(" at ").append(pointer.isEmpty() ? "the root" : pointer);
    }
    if (offset >= 0) {
      message.append(" (offset ").append(offset);
      if (excerpt != null) {
        message.append(", near \"").append(excerpt).append('"');
      }
      message.append(')');
    }
    return message.toString();
  }
}
