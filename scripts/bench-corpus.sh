#!/usr/bin/env bash
# The whole-corpus benchmark: `extract` at 1 and 2 threads and a plain java.util.regex find-all
# pass (io.baoxun.bench.RegexPass) over the same generated corpus, RUNS times each, medians.
#   scripts/bench-corpus.sh [MEGABYTES] [RUNS]        default 32 MB, 3 runs
# Prints MB/s, docs/s and peak memory (maximum resident set) of each, the ratio of extract's
# speed on one thread to the regex pass's, and what a second thread adds: each ratio is taken
# within a run (regex, 1 thread, 2 threads one after the other), and the median of those printed. The corpus is
# generated once into target/bench-corpus/ (scripts/gen-corpus.sh); output goes to target/ too.
# BAOXUN_JAVA_OPTS is passed on to extract (default -Xmx512m: the corpus streams in bounded
# memory). The two extract outputs must be identical, or the script fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mb="${1:-32}"
runs="${2:-3}"
export BAOXUN_JAVA_OPTS="${BAOXUN_JAVA_OPTS:--Xmx512m}"
. "$root/scripts/bench-lib.sh"
bench_classpath "$root"
work="$root/target/bench-corpus"
corpus="$work/${mb}MB"
mkdir -p "$work"
if [ ! -d "$corpus" ]; then
  java -cp "$BENCH_CP" io.baoxun.bench.CorpusGenerator "$root/seeds" "$corpus" "$mb" 1
fi
"$root/baoxun" --help >/dev/null # builds the jar if the sources changed
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
docs=$(find "$corpus" -name '*.txt' | wc -l)

# vcpus: the seconds one fixed busy loop takes on each vCPU (taskset), to tell how far apart the
# vCPUs ran: on a shared host one can run much slower than the other for minutes, and a one-thread
# run then takes the speed of whichever vCPU its worker got. Printed before and after the runs.
vcpus() {
  command -v taskset >/dev/null 2>&1 || { echo "(taskset not found)"; return 0; }
  local c out=""
  for c in $(seq 0 $(($(nproc) - 1))); do
    out="$out cpu$c $( { /usr/bin/time -f %e taskset -c "$c" bash -c 'i=0; while [ $i -lt 300000 ]; do i=$((i + 1)); done'; } 2>&1 )s"
  done
  echo "${out# }"
}

# timed NAME COMMAND...: runs it, appends "NAME wallSeconds maxRssKB userSeconds systemSeconds"
timed() {
  local name="$1"
  shift
  /usr/bin/time -f "$name %e %M %U %S" -a -o "$work/times" "$@"
}

: > "$work/times"
before=$(vcpus)
for run in $(seq 1 "$runs"); do
  echo "run $run of $runs ..." >&2
  timed regex java -cp "$BENCH_CP" io.baoxun.bench.RegexPass "$corpus" >/dev/null
  timed extract1 "$root/baoxun" extract --threads 1 "$corpus" > "$work/out1.jsonl"
  timed extract2 "$root/baoxun" extract --threads 2 "$corpus" > "$work/out2.jsonl"
  cmp -s "$work/out1.jsonl" "$work/out2.jsonl" || { echo "extract output differs between 1 and 2 threads" >&2; exit 1; }
done
after=$(vcpus)

awk -v bytes="$bytes" -v docs="$docs" -v runs="$runs" -v before="$before" -v after="$after" '
  function median(name, what,   n, i, a) {
    n = 0
    for (i = 1; i <= count[name]; i++) a[++n] = (what == "cpu" ? cpu[name, i] : secs[name, i])
    return med(a, n)
  }
  { count[$1]++; secs[$1, count[$1]] = $2; cpu[$1, count[$1]] = $4 + $5; if ($3 > rss[$1]) rss[$1] = $3 }
  END {
    mbytes = bytes / 1048576
    printf "corpus: %d documents, %.1f MB; median of %d runs, whole commands (JVM start included)\n", docs, mbytes, runs
    printf "%-22s %9s %9s %9s %12s %12s\n", "", "seconds", "MB/s", "docs/s", "peak RSS MB", "CPU seconds"
    split("regex extract1 extract2", names, " ")
    label["regex"] = "regex find-all pass"; label["extract1"] = "extract, 1 thread"; label["extract2"] = "extract, 2 threads"
    for (k = 1; k <= 3; k++) {
      n = names[k]; m[n] = median(n, "wall"); c[n] = median(n, "cpu")
      printf "%-22s %9.2f %9.2f %9.1f %12.0f %12.2f\n", label[n], m[n], mbytes / m[n], docs / m[n], rss[n] / 1024, c[n]
    }
    # The ratios are taken within each run, then their median: the speed of this machine drifts
    # between runs, and both sides of a ratio measured minutes apart would drift apart.
    for (i = 1; i <= count["regex"]; i++) {
      r1[i] = secs["regex", i] / secs["extract1", i]; rc[i] = cpu["regex", i] / cpu["extract1", i]
      r2[i] = secs["extract1", i] / secs["extract2", i]
    }
    printf "extract (1 thread) speed / regex pass speed: %.2fx (by CPU time: %.2fx; runs: %s)\n", med(r1, runs), med(rc, runs), list(r1, runs)
    printf "2 threads / 1 thread: %.2fx (runs: %s)\n", med(r2, runs), list(r2, runs)
    printf "one busy loop per vCPU, before the runs: %s; after: %s\n", before, after
  }
  function med(v, n,   i, j, t, a) {
    for (i = 1; i <= n; i++) a[i] = v[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  function list(v, n,   i, out) {
    out = ""
    for (i = 1; i <= n; i++) out = out (i > 1 ? " " : "") sprintf("%.2f", v[i])
    return out
  }' "$work/times"
