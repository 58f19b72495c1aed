package io.baoxun.segment;

/** Units {@code [start, end)} in a row that all look like headline lines. */
record Run(int start, int end) {
  int size() {
    return end - start;
  }
}
