package io.baoxun.segment;

/** Whether a line ends a sentence, the one question hard wraps and column breaks hinge on. */
final class LineEndings {
  private LineEndings() {}

  /**
   * True when the text ends with a sentence-final mark (。！？!? or an ellipsis), optionally followed
   * by closing quotes or brackets ({@code 。”}, {@code ！）}). A line ending in {@code ，、；：} or in a
   * character continues on the next line.
   */
  static boolean endsSentence(CompactText t) {
    return endsSentence(t.cps(), t.length());
  }

  /** The same test on {@code cps[0, end)}. */
  static boolean endsSentence(int[] cps, int end) {
    int i = end - 1;
    while (i >= 0 && Chars.isCloser(cps[i])) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    int c = cps[i];
    if (Chars.isFinalMark(c) || Chars.isEllipsis(c)) {
      return true;
    }
    // "..." or a full stop after a word: a half-width period ends a sentence unless it sits in a
    // number (2.2 is cut by the line end only when the OCR broke a number, which the normaliser
    // already re-joins).
    return c == '.' && i > 0 && !Chars.isDigit(cps[i - 1]);
  }
}
