#!/usr/bin/env bash
# Scores `baoxun values` against the peer test suites in ../shared/peer-specs (Microsoft
# Recognizers-Text, Chinese): prints the pass rate per file; --failures also lists the failing
# inputs with what was expected and what came. Usage: scripts/score-peer-specs.sh [--failures]
set -euo pipefail
cd "$(dirname "$0")/.."
offline=-o
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Maven's own output only when something fails.
if ! { mvn -B -q $offline test-compile && mvn -B -q $offline dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  io.baoxun.value.PeerSpecScorer "$@" .
