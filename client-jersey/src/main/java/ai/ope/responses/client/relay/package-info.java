/**
 * Relaying a model's stream to a browser: {@link ai.ope.responses.client.relay.SseRelay} forwards
 * the events of a {@code ResponseStream} or a client's {@code Flow.Publisher} to a Jakarta REST
 * {@code SseEventSink}, with back-pressure, closing the model's stream when the browser leaves
 * and ending with a {@code done} or {@code error} event. It uses only the Jakarta REST API, so it
 * runs on any implementation (Jersey, RESTEasy) in the server.
 */
package ai.ope.responses.client.relay;

/*
 * Package map. SseRelay and BrowserEvent are the API. StreamPump (an opened stream, on an
 * executor or the caller's thread) and RelaySubscriber (a publisher, demand as back-pressure)
 * drive RelayOutput (the sink: sends, permits, the browser leaving, the last event), which uses
 * Selections (what is relayed, as what) and RelayErrors (a failure -> the browser's error event).
 */
