package ai.ope.responses.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The settings the throughput benchmarks share (JMH inherits them): operations per second, one
 * fork, iterations of a second. Benchmarks whose compiled code settles later (a client's whole
 * HTTP and JSON stack, in a JVM that also runs the server) warm up longer, method by method; see
 * {@link Warmups}. {@code run.sh} passes its environment's overrides, if any.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public abstract class ThroughputBenchmark {
}
