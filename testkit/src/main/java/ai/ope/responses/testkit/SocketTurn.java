package ai.ope.responses.testkit;

/**
 * One {@code response.create} event of a recorded WebSocket connection and what answered it, as
 * replay matches it: like an HTTP interaction (a {@code POST} of the create fields), but only
 * for events that arrive over a WebSocket, and a warm-up ({@code generate: false}) only for a
 * warm-up.
 *
 * @param interaction the event as a request and its answer as an event stream
 * @param warmUp whether the event asked for a warm-up
 */
record SocketTurn(Interaction interaction, boolean warmUp) {}
