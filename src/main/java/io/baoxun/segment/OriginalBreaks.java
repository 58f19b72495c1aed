package io.baoxun.segment;

import io.baoxun.text.NormalizedText;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the normaliser's line handling hides, read back from the original through its offset map.
 *
 * <ul>
 *   <li>Joined breaks: a single line break the normaliser deleted as a hard wrap. Most are, but a
 *       headline or credit line followed by the next dateline is joined too ({@code
 *       区卫生局:筑牢疫情防控健康防线本报讯…}, {@code (本通)本报讯…}); knowing where the break was lets the
 *       segmenter cut there.
 *   <li>Wide gaps: the normaliser turns any run of blank lines into one {@code \n\n}, but two or
 *       more blank lines between finished paragraphs is how some pages set a photo caption apart
 *       (seed 002: three blank lines before 12月5日,冠县嘉华油脂…).
 * </ul>
 */
final class OriginalBreaks {
  private OriginalBreaks() {}

  /** Normalised offsets {@code i} such that a line break was deleted just before {@code i}. */
  static BitSet joinedBreaks(NormalizedText text) {
    BitSet out = new BitSet(text.length());
    for (int i = 1; i < text.length(); i++) {
      // What was deleted before i (NormalizedText.deletedBefore), without a Span per character.
      int from = text.originalEndOffset(i);
      int to = text.originalOffset(i);
      if (from >= to) {
        continue;
      }
      if (countBreaks(text, from, to) > 0) {
        out.set(i);
      }
    }
    return out;
  }

  /** The units with each blank gap widened to the number of line breaks in the original. */
  static List<Unit> restoreGaps(List<Unit> units, NormalizedText text) {
    List<Unit> out = new ArrayList<>(units.size());
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (i == 0 || u.gapBefore() < 2) {
        out.add(u);
        continue;
      }
      int from = text.originalEndOffset(units.get(i - 1).end());
      int to = text.originalOffset(u.start());
      int breaks = countBreaks(text, from, to);
      out.add(breaks > u.gapBefore() ? u.withGapBefore(breaks) : u);
    }
    return out;
  }

  /**
   * Line breaks in the original code points {@code [from, to)}, CR LF as one. Read from the UTF-16
   * text: line breaks are never surrogates.
   */
  private static int countBreaks(NormalizedText text, int from, int to) {
    int limit = Math.min(to, text.originalLength());
    if (from >= limit) {
      return 0;
    }
    String original = text.original();
    int end = text.originalCharIndex(limit);
    int n = 0;
    for (int k = text.originalCharIndex(from); k < end; k++) {
      char c = original.charAt(k);
      if (Chars.isLineBreak(c)) {
        if (c == '\r' && k + 1 < end && original.charAt(k + 1) == '\n') {
          k++;
        }
        n++;
      }
    }
    return n;
  }
}
