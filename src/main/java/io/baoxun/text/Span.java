package io.baoxun.text;

import static com.google.common.base.Preconditions.checkArgument;

/** A half-open range {@code [start, end)} of code point offsets. */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    checkArgument(start >= 0 && start <= end, "bad span [%s, %s)", start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(o.end, end);
  }
}
