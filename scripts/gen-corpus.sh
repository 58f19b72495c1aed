#!/usr/bin/env bash
# Writes a benchmark corpus: the seed pages, copied with their digits varied, up to a size.
#   scripts/gen-corpus.sh OUT_DIR MEGABYTES [SEED]     e.g. scripts/gen-corpus.sh target/corpus-100 100
# Output goes where you say (keep it under target/ or a temporary folder; never commit it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 OUT_DIR MEGABYTES [SEED]" >&2
  exit 2
fi
. "$root/scripts/bench-lib.sh"
bench_classpath "$root"
exec java -cp "$BENCH_CP" io.baoxun.bench.CorpusGenerator "$root/seeds" "$@"
