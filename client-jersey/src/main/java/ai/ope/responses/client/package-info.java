/**
 * The Jersey client of the Responses API: {@link ai.ope.responses.client.ResponsesClient} (built
 * with {@link ai.ope.responses.client.ResponsesClientBuilder}), its event streams
 * ({@link ai.ope.responses.client.ResponseStream}, {@link ai.ope.responses.client.StreamHandler},
 * a {@code Flow.Publisher}), the JAX-RS {@link ai.ope.responses.client.ResponsesFeature} for
 * clients the application already has, and the exceptions rooted at
 * {@link ai.ope.responses.client.ResponsesException} (for streams,
 * {@link ai.ope.responses.client.StreamException}).
 */
package ai.ope.responses.client;

/*
 * Package map. The public types are the API; everything else here is package-private. By role:
 *
 * Client         JerseyResponsesClient (every call; the plain methods take the body of the raw
 *                ones), ResponsesClientBuilder -> Settings (the client's values, defaults
 *                applied), ExternalConfig (settings from MicroProfile Config, system properties,
 *                environment), AsyncCallExecutor (the executor of asynchronous calls when the
 *                application gives none), ClientVersion, Secrets (masks the key in any text)
 * One call       CallSettings (RequestOptions resolved once over Settings: deadline, timeouts,
 *                retries), Transport (attempts, timeouts, retries, error mapping), RetryPolicy,
 *                ApiErrors (an error answer -> its ApiException), Bodies (an answer -> a model
 *                value), InputItemPages (pages of input items as one Stream)
 * JAX-RS         ResponsesFeature (public) with AuthenticationFilter, LoggingFilter,
 *                ModelJsonbResolver
 * Connectors     SocketConnectorProvider -> SocketConnector -> SocketExchange (one call, with
 *                redirects) over Connections, ConnectionPool, Route, HttpConnection, RequestHead,
 *                ResponseHead, BodyFraming, ResponseBody, FixedLengthBody, ChunkedBody;
 *                JdkHttpConnectorProvider -> JdkHttpConnector (java.net.http);
 *                BlockingConnectors (their asynchronous form), IdleTimeoutInputStream
 * Streams        EventStreams (a streaming answer -> OpenedStream, its first frame read),
 *                EventFrames with ReaderFrames (SseParser.BUILT_IN), JerseyFrames and
 *                RecordFrames (SseParser.JERSEY); StreamSession (events, errors, resumption)
 *                under ResponseStream (public); the two other forms of a stream:
 *                StreamHandlers (callbacks and a CompletableFuture) and StreamPublisher
 *                (Flow.Publisher)
 * Tools          ToolLoop (runTools: calls, runs the ToolBox, sends the outputs back)
 *
 * Data flow of one call:
 *
 *   ResponsesClient method -> JerseyResponsesClient: the request as JSON bytes, a
 *     Transport.Call (method, path, query, body), CallSettings.of(options, settings)
 *   -> Transport.send: per attempt, a Jersey request with the timeouts left before the deadline
 *     -> AuthenticationFilter, LoggingFilter -> the connector (SocketConnector by default)
 *     -> an error status: ApiErrors -> ApiException, retried per RetryPolicy;
 *        an I/O failure: ConnectionException or ResponsesTimeoutException, retried
 *     -> a success: the Reader of the call reads it within the attempt: Bodies -> a model
 *        value, or EventStreams -> an OpenedStream
 *   -> a stream: StreamSession reads the frames on the caller's thread (ResponseStream), on the
 *     executor (StreamHandlers) or at the subscriber's demand (StreamPublisher)
 */
