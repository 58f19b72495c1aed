#!/usr/bin/env bash
# baoxun beside Stanford CoreNLP TokensRegex on the same pre-tokenised text (JMH, 3 forks):
#   scripts/bench-tokensregex.sh [JMH options]
# CoreNLP comes from Maven Central through the pom's `tokensregex` profile, so the normal build
# never downloads it; the benchmark source lives outside src/test for the same reason
# (src/bench/tokensregex) and is compiled here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/bench-lib.sh"
bench_classpath "$root"
cd "$root"
mvn -q -B -o -Ptokensregex dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/tokensregex-classpath.txt >/dev/null 2>&1 \
  || mvn -q -B -Ptokensregex dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/tokensregex-classpath.txt 1>&2
cp="target/test-classes:target/classes:$(cat target/tokensregex-classpath.txt)"
out=target/tokensregex-classes
rm -rf "$out" && mkdir -p "$out"
javac -d "$out" -cp "$cp" $(find src/bench/tokensregex -name '*.java')
exec java -cp "$out:$cp" org.openjdk.jmh.Main TokensRegexBenchmark "$@"
