#!/usr/bin/env bash
# Builds the benchmarks and runs all of them (about 10 minutes on 2 cores), then prints a
# Markdown table of every figure, its spread over the measured iterations, and its ratio to the
# comparison measured in the same run; the same is written to benchmarks/target/results.{md,json}.
#
#   benchmarks/run.sh                      # everything
#   benchmarks/run.sh Streaming            # only benchmarks matching a JMH regexp
#   FORKS=2 ITERATIONS=8 benchmarks/run.sh # steadier still, about twice as long
#
# Warm-up is set per benchmark method (see Warmups.java: each client warms up until its compiled
# code and its scores settle); WARMUPS, WARMUP_SECONDS, ITERATIONS, SECONDS_EACH and FORKS
# override it for every benchmark when set. JVM_ARGS adds JVM options to the forks (e.g.
# -Dresponses.benchmarks.httpTransport=JDK_HTTP_CLIENT measures our client on the JDK client).
#
# The recorded corpus is read from ../shared/corpus beside the repository (or CORPUS=DIR);
# without it the recorded streams are skipped and the other figures use generated payloads.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target="$root/benchmarks/target"
corpus=${CORPUS:-"$root/../shared/corpus"}
filter=${1:-}
# Only what the environment sets overrides the benchmarks' own settings.
overrides=()
[[ -n "${WARMUPS:-}" ]] && overrides+=(-wi "$WARMUPS")
[[ -n "${WARMUP_SECONDS:-}" ]] && overrides+=(-w "${WARMUP_SECONDS}s")
[[ -n "${ITERATIONS:-}" ]] && overrides+=(-i "$ITERATIONS")
[[ -n "${SECONDS_EACH:-}" ]] && overrides+=(-r "${SECONDS_EACH}s")
[[ -n "${FORKS:-}" ]] && overrides+=(-f "$FORKS")

echo "== building (tests skipped)"
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -pl benchmarks -am package \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime
mvn -B -q -f benchmarks/footprint/openai-java/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$target/footprint-openai-java.txt" -DincludeScope=runtime
# Our client's runtime: its own jar and everything it needs.
client_jar=$(ls "$root"/client-jersey/target/responses-client-jersey-*.jar \
  | grep -v -e sources -e javadoc | head -1)
echo -n "$client_jar:$(cat "$root/client-jersey/target/classpath.txt")" > "$target/footprint-ours.txt"

classpath="$target/classes:$(cat "$target/classpath.txt")"
params=()
if [[ -d "$corpus" ]]; then
  corpus=$(cd "$corpus" && pwd)
else
  echo "== no recorded corpus at $corpus: recorded streams skipped, generated payloads used"
  params=(-p source=synthetic)
fi
jvm_args="-Dresponses.benchmarks.corpus=$corpus${JVM_ARGS:+ $JVM_ARGS}"

settings="each benchmark's own warm-up and iterations"
echo "== running JMH (${overrides[*]:-$settings})"
java -cp "$classpath" org.openjdk.jmh.Main ${filter:+"$filter"} -e coldStart \
  "${overrides[@]}" -prof gc "${params[@]}" -jvmArgsAppend "$jvm_args" \
  -rf json -rff "$target/jmh.json"
reports=(--jmh "$target/jmh.json")
# The cold start runs once per fresh JVM, five JVMs, whatever the options above say.
cold="ServerStartBenchmark.coldStartToFirstResponse"
if [[ -z "$filter" || "$cold" =~ $filter ]]; then
  java -cp "$classpath" org.openjdk.jmh.Main coldStart -jvmArgsAppend "$jvm_args" \
    -rf json -rff "$target/jmh-cold.json"
  reports+=(--jmh "$target/jmh-cold.json")
fi

echo
echo "== results (also in benchmarks/target/results.md and results.json)"
java -cp "$classpath" ai.ope.responses.benchmarks.Report --out "$target" "${reports[@]}" \
  --footprint "$target/footprint-ours.txt" "$target/footprint-openai-java.txt"
