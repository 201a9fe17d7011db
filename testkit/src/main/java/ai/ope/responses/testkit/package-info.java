/**
 * An embeddable fake Responses API server for offline tests:
 * {@link ai.ope.responses.testkit.FakeResponsesServer}, the scripted
 * {@link ai.ope.responses.testkit.Reply replies} it answers with, the
 * {@link ai.ope.responses.testkit.Cassette cassettes} it replays, and the
 * {@link ai.ope.responses.testkit.RecordedRequest requests} it records for verification.
 */
package ai.ope.responses.testkit;

/*
 * Package map. The public types above are the API; everything else here is package-private
 * and written against the testkit's own request and answer types (RecordedRequest, Answer,
 * Reply), not the HTTP engine's, so the engine can change. By concern:
 *
 * Serving        Dispatcher (the order in which a request is answered), Route, QueryParameters,
 *                ServerConfig, Journal, Ids, Answer, Outcome, ReplyWriter, ShapedBody,
 *                SseSegments, ApiErrors, Json, JsonDiff, Exchange (one HTTP exchange, the
 *                engine-neutral type the serving code uses); what went back: CapturingExchange,
 *                ResponseCapture, SseTimeline
 * Engine         Engine (starts Grizzly, plain or TLS), EngineThreads, GrizzlyExchange,
 *                PlainHttpUpgrades; WebSocket plumbing: SocketRouter, SocketApplication,
 *                GrizzlySocket, GrizzlyConnection, SerialCalls. Only these import Grizzly
 * State          ResponseStore, CreateEndpoint, StoredEndpoints, CompactEndpoint, InputListing,
 *                TokenEstimate
 * Scripts        Stubs, Stubbing, ScriptedOutput, ScriptedResponse, ScriptedItems, RenderOptions,
 *                LogProbs, OpaqueContent, TextChunks
 * Validation     RequestValidator, RequestSchemas (the schemas generated from the OpenAPI
 *                document), SchemaCompiler, SchemaShape, SchemaShapes, SchemaAlternatives,
 *                SchemaObjects, SchemaUnions, SchemaCheck, SchemaOverrides, AssistantMessages,
 *                ToolCallLinks, ReasoningItems, ParamPath, Violation, ValidationErrors;
 *                strict JSON schemas: StrictSchemaRules, StrictSchema, StrictSchemaLimits,
 *                SchemaContext
 * Built-in model BuiltInModel, ModelTurn, ToolPlan, ModelReasoning, OutputBudget, CustomInput;
 *                instances of a JSON schema: SchemaExample, SchemaResolver, SchemaKeywords,
 *                ContainerExample, StringExample, NumberExample, ExampleHints, RegexParser,
 *                RegexNode, RegexExample
 * Admin API      AdminApi (routing), AdminAnswers, BadAdminRequest, ReplyList, ReplyDescription,
 *                OutputDescription, FaultDescription, ReplyTarget, JsonSubset, JsonMembers, Typo,
 *                ReplyView, OutputView, JournalView, ResponseView, StateView, CredentialHeaders
 * Inspector      InspectorPage (the browser page at /__admin/ and its assets; it reads only the
 *                admin API, so it shows nothing a test cannot read)
 * Cassettes      CassetteMatcher (StrictMiss, RequestDifference), CassetteReader, CassetteWriter,
 *                CassettePaths, InteractionFiles, BodyLint, StreamLint
 * WebSocket mode ResponsesSocketHandler (what answers a socket; the engine hands it each
 *                connection through the seams SocketHandler, SocketConnection, SocketUpgrade),
 *                SocketSession (lanes), ClientFrame (a response.create read), ServerFrame,
 *                SocketAnswerWriter (frames and faults), SocketErrors (the WS error event);
 *                recorded connections: SocketTranscript, SocketTurns (replay), SocketLint and
 *                SocketTurnLint (lint), ForwardedAnswers (the recorder's journal), all following
 *                the lanes with SocketLanes
 * Recording      Recorder, RecordedExchange, Normalizer, SecretGuard, SecretScan,
 *                RecordingRefusedException (an interaction that would have written a secret)
 *
 * Data flow of one request:
 *
 *   Grizzly        -> GrizzlyExchange -> Dispatcher.handle: body read, RecordedRequest made
 *     /__admin/...  -> AdminApi -> AdminAnswers / views (JournalView, StateView, ...) or
 *                      InspectorPage; not journaled
 *     otherwise     -> Journal.add(request); the exchange wrapped in CapturingExchange, which
 *                      fills the request's ResponseCapture (status, headers, body, SseTimeline)
 *                   -> Dispatcher.answer: Stubs | CassetteMatcher | Recorder (forwards, then
 *                      writes the cassette) | protocol checks | RequestValidator | the built-in
 *                      endpoints (CreateEndpoint with BuiltInModel, StoredEndpoints,
 *                      CompactEndpoint, all over ResponseStore)
 *                   -> an Answer, written by ReplyWriter (JSON, SSE, faults)
 *                   -> RecordedRequest.answered(by, status); ServerConfig.onAnswered listeners
 *   The test then reads the Journal (takeRequest and its siblings) or the admin API's views.
 *
 * Data flow of one WebSocket event: the engine -> ResponsesSocketHandler.received: ClientFrame
 *   read, journaled as a POST marked overWebSocket -> a refusal, Dispatcher.warmUp
 *   (generate: false) or Dispatcher.answer as above (CreateEndpoint streams whatever came over a
 *   socket) -> SocketSession queues it on its lane -> SocketAnswerWriter sends the frames and
 *   fills the request's ResponseCapture as an event stream.
 */
