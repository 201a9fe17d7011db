package ai.ope.responses.client;

import java.util.List;
import java.util.Map;

/**
 * An event stream whose first frame has arrived: it was read within the call's attempt, so a
 * failure before it is retried like any failed call, and nothing reached the caller twice.
 *
 * @param frames the stream, its current frame the first, not yet delivered
 * @param requestId the {@code x-request-id} of the answer, or null
 * @param status the answer's HTTP status
 * @param headers the answer's headers, names in lower case
 */
record OpenedStream(EventFrames frames, String requestId, int status,
    Map<String, List<String>> headers) {}
