#!/usr/bin/env bash
# Fuzzes each Jazzer target for N seconds (default 30), one target per JVM, and reports what
# it found. Usage: scripts/fuzz.sh [N] [target-filter]
#
# A normal build (mvn verify) only replays the committed seeds. Here Jazzer fuzzes for real
# (JAZZER_FUZZ=1) with its instrumentation on; the corpus it grows stays in each module's
# .cifuzz-corpus/ (not committed) and makes the next run start where this one stopped. A
# finding stops its target and is written as crash-*/timeout-*/slow-unit-* into that target's
# seed folder under src/test/resources, where every build will replay it: fix the code, keep
# the file as a regression seed (renamed to say what it is).
#
# Limits: the parent pom ends a test JVM after 1200 s, so N stays below ~1100. Each target gets
# a 1 GB heap, so an input that needs more memory is a finding too. Per-input timeouts come
# from each fuzz test's @Timeout (JUnit's own timeouts are off here: they would end the whole
# fuzzing run).
set -euo pipefail

seconds="${1:-30}"
filter="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# module test-class#method
targets=(
  "api ai.ope.responses.api.stream.ServerSentEventReaderFuzzTest#framesTheSameEventsHoweverTheBytesArrive"
  "api ai.ope.responses.api.ResponsesJsonFuzzTest#response"
  "api ai.ope.responses.api.ResponsesJsonFuzzTest#createRequest"
  "api ai.ope.responses.api.ResponsesJsonFuzzTest#streamEvent"
  "testkit ai.ope.responses.testkit.DispatcherFuzzTest#answersEveryRequestWithAnEnvelope"
  "testkit ai.ope.responses.testkit.CassetteReaderFuzzTest#loadsOrNamesTheFaultyFile"
)

logs="$root/target/fuzz"
mkdir -p "$logs"
summary="$logs/summary.txt"
: > "$summary"
failed=0

findings() {
  find "$root" -path '*/src/test/resources/*Inputs/*' -type f \
    \( -name 'crash-*' -o -name 'timeout-*' -o -name 'slow-unit-*' -o -name 'oom-*' \) \
    2>/dev/null | sort
}

before="$(findings)"
for entry in "${targets[@]}"; do
  module="${entry%% *}"
  test="${entry#* }"
  name="${test##*.}"
  if [[ -n "$filter" && "$test" != *"$filter"* ]]; then
    continue
  fi
  log="$logs/${name//#/-}.log"
  echo "fuzzing $name for ${seconds}s (log: ${log#"$root"/})"
  # -pl with the api module too: the testkit then runs against the api classes of this work
  # tree, not a jar in ~/.m2. -o: everything is already downloaded by a normal build.
  projects="api"
  [[ "$module" != api ]] && projects="api,$module"
  status=0
  JAZZER_FUZZ=1 mvn -B -o test -pl "$projects" \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.hooks=true -Djazzer.instrument='ai.ope.responses.**' \
    -Djazzer.max_duration="${seconds}s" \
    -Djunit.jupiter.execution.timeout.mode=disabled \
    -DargLine=-Xmx1g >"$log" 2>&1 || status=$?
  # libFuzzer's last lines: "#N DONE cov: C ft: F corp: K/B exec/s: E rss: R" and
  # "Done N runs in S second(s)".
  done_line="$(grep -a -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1 || true)"
  stats="$(grep -a -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$log" | tail -1 || true)"
  cov="$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$stats")"
  corp="$(sed -n 's/.*corp: \([0-9]*\)\/.*/\1/p' <<<"$stats")"
  runs="$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' <<<"$done_line")"
  secs="$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' <<<"$done_line")"
  if [[ -z "$runs" ]]; then
    runs="$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$stats")"
    secs="?"
  fi
  rate="?"
  if [[ -n "$runs" && "$secs" =~ ^[1-9][0-9]*$ ]]; then
    rate=$((runs / secs))
  fi
  if [[ $status -eq 0 ]]; then
    verdict="no finding"
  else
    # the finding's exception, or libFuzzer's timeout / out-of-memory line; else the build's
    reason="$(grep -a -m1 -E '^(java|jakarta|ai)\.[A-Za-z.]*(Exception|Error)|ERROR: libFuzzer:' \
      "$log" || grep -a -m1 -E '^\[ERROR\]' "$log" || true)"
    verdict="FINDING (exit $status): $(cut -c1-160 <<<"$reason")"
    failed=1
  fi
  printf '%-48s %10s runs %5s s %7s exec/s  cov %-6s corpus %-5s %s\n' \
    "$name" "${runs:-?}" "${secs:-?}" "$rate" "${cov:-?}" "${corp:-?}" "$verdict" | tee -a "$summary"
done

after="$(findings)"
new="$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d' || true)"
if [[ -n "$new" ]]; then
  echo "new finding inputs (replayed by every build from now on):" | tee -a "$summary"
  sed "s|$root/||; s|^|  |" <<<"$new" | tee -a "$summary"
  failed=1
fi
echo "summary: ${summary#"$root"/}"
exit "$failed"
