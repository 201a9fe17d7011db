/**
 * JMH benchmarks: this library against openai-java, the raw JDK HTTP client and WireMock, on the
 * same loopback servers and the same payloads. Run them with {@code benchmarks/run.sh}, which
 * prints a table of each figure and its ratio to the comparison.
 */
package ai.ope.responses.benchmarks;
