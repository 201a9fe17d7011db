/**
 * An embeddable fake Responses API server for offline tests:
 * {@link ai.ope.responses.testkit.FakeResponsesServer}, the scripted
 * {@link ai.ope.responses.testkit.Reply replies} it answers with, the
 * {@link ai.ope.responses.testkit.Cassette cassettes} it replays, and the
 * {@link ai.ope.responses.testkit.RecordedRequest requests} it records for verification.
 */
package ai.ope.responses.testkit;
