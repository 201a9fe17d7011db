/** The standalone command line of the testkit (internal: run it, do not call it). */
package ai.ope.responses.testkit.internal.cli;
