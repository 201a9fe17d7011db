/**
 * The typed model of the Responses API: requests
 * ({@link ai.ope.responses.api.CreateResponseRequest}), responses
 * ({@link ai.ope.responses.api.Response}), the items, content parts and tools they hold, and the
 * error envelope; and {@link ai.ope.responses.api.ResponsesJson}, which reads and writes them.
 *
 * <p>Values are immutable records. Every {@code type}-discriminated union is a sealed interface
 * with an {@code Unknown…} member that keeps the raw JSON of types this version does not know;
 * every record keeps members it does not model in {@code extra()}. Open enums (roles, statuses,
 * efforts) are strings, with constants in {@link ai.ope.responses.api.Role} and its siblings. A
 * member absent from the JSON is {@code null} in Java.
 */
package ai.ope.responses.api;
