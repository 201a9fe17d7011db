/** The Jersey client for the Responses API (work in progress: see the project's issues). */
package ai.ope.responses.client;
