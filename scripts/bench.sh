#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java (e.g. scripts/bench.sh LexerBenchmark, or
# scripts/bench.sh StageBenchmark -p rules=1,10). Benchmarks are never run by `mvn verify`:
# performance is measured here, not asserted in unit tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/bench-lib.sh"
bench_classpath "$root"
cd "$root"
exec java -cp "$BENCH_CP" org.openjdk.jmh.Main "$@"
