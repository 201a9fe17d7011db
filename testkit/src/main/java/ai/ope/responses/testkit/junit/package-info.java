/**
 * JUnit 5 support for the fake server:
 * {@link ai.ope.responses.testkit.junit.FakeResponsesExtension},
 * {@link ai.ope.responses.testkit.junit.FakeResponses @FakeResponses} for a server per test, and
 * {@link ai.ope.responses.testkit.junit.UseCassette @UseCassette} to replay a cassette. Needs
 * JUnit Jupiter on the class path; the rest of the testkit does not.
 */
package ai.ope.responses.testkit.junit;
