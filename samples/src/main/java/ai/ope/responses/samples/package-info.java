/** Runnable examples of the library (work in progress: see the project's issues). */
package ai.ope.responses.samples;
