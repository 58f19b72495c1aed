package io.baoxun.segment;

import io.baoxun.text.CodePoints;
import io.baoxun.text.Span;
import java.util.Arrays;

/**
 * A stretch of the page with ignorable characters (spaces, line breaks, U+FFFD) left out and
 * full-width forms folded, each code point remembering its offset in the page. The segmenter
 * classifies lines on this form, so {@code 区综合行政执法局 开展…} and {@code 区综合行政执法局开展…}
 * look the same, and maps every decision back to page offsets through {@link #span}.
 *
 * @param cps folded code points
 * @param pos page offset (code points) of each entry of {@code cps}
 */
record CompactText(int[] cps, int[] pos) {
  CompactText {
    if (cps.length != pos.length) {
      throw new IllegalArgumentException("cps and pos differ in length");
    }
  }

  /** Compacts {@code page[from, to)}. */
  static CompactText of(int[] page, int from, int to) {
    int[] c = new int[to - from];
    int[] p = new int[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      int cp = page[i];
      if (!Chars.isIgnorable(cp)) {
        c[n] = Chars.fold(cp);
        p[n] = i;
        n++;
      }
    }
    return new CompactText(Arrays.copyOf(c, n), Arrays.copyOf(p, n));
  }

  /** For tests and small helpers: compacts a string as if it were a page. */
  static CompactText of(String s) {
    int[] page = CodePoints.of(s);
    return of(page, 0, page.length);
  }

  int length() {
    return cps.length;
  }

  boolean isEmpty() {
    return cps.length == 0;
  }

  int at(int i) {
    return cps[i];
  }

  int last() {
    return cps[cps.length - 1];
  }

  /** Page span from entry {@code i} to entry {@code j} (exclusive). */
  Span span(int i, int j) {
    if (i >= j) {
      int at = i < pos.length ? pos[i] : pos[pos.length - 1] + 1;
      return new Span(at, at);
    }
    return new Span(pos[i], pos[j - 1] + 1);
  }

  CompactText sub(int i, int j) {
    return new CompactText(Arrays.copyOfRange(cps, i, j), Arrays.copyOfRange(pos, i, j));
  }

  CompactText concat(CompactText other) {
    int[] c = Arrays.copyOf(cps, cps.length + other.cps.length);
    int[] p = Arrays.copyOf(pos, pos.length + other.pos.length);
    System.arraycopy(other.cps, 0, c, cps.length, other.cps.length);
    System.arraycopy(other.pos, 0, p, pos.length, other.pos.length);
    return new CompactText(c, p);
  }

  boolean startsWith(String s, int at) {
    int i = at;
    for (int k = 0; k < s.length(); ) {
      int c = s.codePointAt(k);
      if (i >= cps.length || cps[i] != c) {
        return false;
      }
      i++;
      k += Character.charCount(c);
    }
    return true;
  }

  /** Index of the first entry after any lead markers (■ and the like). */
  int afterLeadMarkers() {
    int i = 0;
    while (i < cps.length && Chars.isLeadMarker(cps[i])) {
      i++;
    }
    return i;
  }

  @Override
  public String toString() {
    return new String(cps, 0, cps.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompactText t && Arrays.equals(cps, t.cps) && Arrays.equals(pos, t.pos);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(cps) + Arrays.hashCode(pos);
  }
}
