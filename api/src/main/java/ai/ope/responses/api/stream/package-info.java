/**
 * The events of a streamed response, one record per event type, under the sealed
 * {@link ai.ope.responses.api.stream.ResponseStreamEvent}. Read one with
 * {@link ai.ope.responses.api.ResponsesJson#parseEvent(String, String)}.
 */
package ai.ope.responses.api.stream;
