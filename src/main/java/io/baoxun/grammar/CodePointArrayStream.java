package io.baoxun.grammar;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A {@link CharStream} over an array of code points the lexer already made: what made tokens read
 * their text from, with no second copy of the text (ANTLR's {@code CharStreams.fromString} makes
 * one per document).
 */
final class CodePointArrayStream implements CharStream {
  private final int[] codePoints;
  private final int size;
  private int p;

  CodePointArrayStream(int[] codePoints, int size) {
    this.codePoints = codePoints;
    this.size = size;
  }

  @Override
  public String getText(Interval interval) {
    int from = Math.max(interval.a, 0);
    int to = Math.min(interval.b + 1, size);
    return from >= to ? "" : new String(codePoints, from, to - from);
  }

  @Override
  public void consume() {
    if (p >= size) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int LA(int i) {
    int at = i > 0 ? p + i - 1 : p + i;
    return i == 0 || at < 0 || at >= size ? IntStream.EOF : codePoints[at];
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.max(0, Math.min(index, size));
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public String getSourceName() {
    return IntStream.UNKNOWN_SOURCE_NAME;
  }
}
