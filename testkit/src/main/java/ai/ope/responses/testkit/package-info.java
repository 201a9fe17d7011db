/** The fake Responses API server for offline tests (work in progress: see the project's issues). */
package ai.ope.responses.testkit;
