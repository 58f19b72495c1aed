#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java (e.g. scripts/bench.sh LexerBenchmark). Benchmarks are
# never run by `mvn verify`: performance is measured here, not asserted in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >/dev/null 2>&1 \
  || mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
