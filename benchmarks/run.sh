#!/usr/bin/env bash
# Builds the benchmarks and runs a short configuration of all of them (about 6 minutes on
# 2 cores), then prints a Markdown table of every figure and its ratio to the comparison
# measured in the same run; the same is written to benchmarks/target/results.{md,json}.
#
#   benchmarks/run.sh                      # everything, short configuration
#   benchmarks/run.sh Streaming            # only benchmarks matching a JMH regexp
#   WARMUPS=5 WARMUP_SECONDS=5 ITERATIONS=5 SECONDS_EACH=5 benchmarks/run.sh   # steadier
#
# The recorded corpus is read from ../shared/corpus beside the repository (or CORPUS=DIR);
# without it the recorded streams are skipped and the other figures use generated payloads.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
target="$root/benchmarks/target"
corpus=${CORPUS:-"$root/../shared/corpus"}
warmups=${WARMUPS:-2}
iterations=${ITERATIONS:-3}
seconds=${SECONDS_EACH:-1}
warmup_seconds=${WARMUP_SECONDS:-2}
filter=${1:-}

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
jvm_args="-Dresponses.benchmarks.corpus=$corpus"

echo "== running JMH ($warmups warm-up iterations of ${warmup_seconds}s," \
  "$iterations measured of ${seconds}s)"
java -cp "$classpath" org.openjdk.jmh.Main ${filter:+"$filter"} -e coldStart \
  -wi "$warmups" -w "${warmup_seconds}s" -i "$iterations" -r "${seconds}s" -f 1 -prof gc \
  "${params[@]}" -jvmArgsAppend "$jvm_args" -rf json -rff "$target/jmh.json"
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
