# Sourced by the bench scripts: compiles the tests (where the benchmarks live) and sets
# BENCH_CP to the test classpath. Offline first, as ./baoxun does.
bench_classpath() {
  local root="$1"
  (cd "$root" && mvn -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt >/dev/null 2>&1) \
    || (cd "$root" && mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile=target/test-classpath.txt 1>&2)
  BENCH_CP="$root/target/test-classes:$root/target/classes:$(cat "$root/target/test-classpath.txt")"
}
