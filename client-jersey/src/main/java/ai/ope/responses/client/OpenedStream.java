package ai.ope.responses.client;

import ai.ope.responses.api.stream.ServerSentEvent;

/**
 * An event stream whose first frame has arrived: it was read within the call's attempt, so a
 * failure before it is retried like any failed call, and nothing reached the caller twice.
 *
 * @param frames the rest of the stream
 * @param first the first frame
 * @param requestId the {@code x-request-id} of the answer, or null
 */
record OpenedStream(EventFrames frames, ServerSentEvent first, String requestId) {}
