package io.baoxun.segment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads a page into {@link Unit}s: splits it at line breaks, splits off datelines that a join put
 * at the end of a headline or credit line, and re-joins hard wraps (a single line break inside an
 * unfinished sentence) the normaliser left, so that the segmenter works the same on raw and on
 * normalised text. One pass over the page; each line is compacted once.
 */
final class UnitReader {
  private UnitReader() {}

  /** Reads a page with no knowledge of joined line breaks. */
  static List<Unit> read(int[] page) {
    return read(page, new BitSet());
  }

  /**
   * Reads a page.
   *
   * @param joinedBreaks page offsets before which the normaliser deleted a line break; a line is cut
   *     there when a dateline follows or a credit precedes
   */
  static List<Unit> read(int[] page, BitSet joinedBreaks) {
    List<Piece> pieces = pieces(page, joinedBreaks);
    List<Unit> units = new ArrayList<>();
    List<CompactText> cur = new ArrayList<>();
    int curGap = 0;
    int curLength = 0;
    for (Piece p : pieces) {
      if (!cur.isEmpty() && p.gapBefore == 1 && continuesHardWrap(cur, curLength, p.text)) {
        cur.add(p.text);
        curLength += p.text.length();
        continue;
      }
      if (!cur.isEmpty()) {
        units.add(Unit.classify(join(cur), curGap));
      }
      cur = new ArrayList<>();
      cur.add(p.text);
      curGap = p.gapBefore;
      curLength = p.text.length();
    }
    if (!cur.isEmpty()) {
      units.add(Unit.classify(join(cur), curGap));
    }
    return units;
  }

  /** Lines longer than this together are neither a credit nor a byline. */
  private static final int SHORT = 64;

  /**
   * A single line break joins two lines when the first does not end its sentence and the second is
   * neither a dateline, a byline nor a credit (those start or end articles, wherever they stand).
   */
  private static boolean continuesHardWrap(
      List<CompactText> prevLines, int prevLength, CompactText next) {
    CompactText last = prevLines.get(prevLines.size() - 1);
    if (LineEndings.endsSentence(last)) {
      return false;
    }
    if (prevLength <= SHORT) {
      CompactText prev = join(prevLines);
      if (CreditFinder.isStandalone(prev)
          || CreditFinder.trailingCreditStart(prev) >= 0
          || DatelineFinder.isByline(prev)) {
        return false;
      }
    }
    return DatelineFinder.matchAt(next, 0) < 0
        && !DatelineFinder.isByline(next)
        && !CreditFinder.isStandalone(next);
  }

  /** Joins lines in one copy (joining one at a time would be quadratic in a long paragraph). */
  private static CompactText join(List<CompactText> lines) {
    if (lines.size() == 1) {
      return lines.get(0);
    }
    int n = 0;
    for (CompactText t : lines) {
      n += t.length();
    }
    int[] c = new int[n];
    int[] p = new int[n];
    int at = 0;
    for (CompactText t : lines) {
      System.arraycopy(t.cps(), 0, c, at, t.length());
      System.arraycopy(t.pos(), 0, p, at, t.length());
      at += t.length();
    }
    return new CompactText(c, p);
  }

  private record Piece(CompactText text, int gapBefore) {}

  private static List<Piece> pieces(int[] page, BitSet joinedBreaks) {
    List<Piece> out = new ArrayList<>();
    int breaks = 0;
    int i = 0;
    int n = page.length;
    while (i < n) {
      int lineStart = i;
      while (i < n && !Chars.isLineBreak(page[i])) {
        i++;
      }
      CompactText line = CompactText.of(page, lineStart, i);
      if (!line.isEmpty()) {
        int from = 0;
        for (int k = 1; k < line.length(); k++) {
          if (cutsAt(line, from, k, joinedBreaks)) {
            out.add(new Piece(line.sub(from, k), from == 0 ? breaks : 0));
            from = k;
          }
        }
        out.add(new Piece(from == 0 ? line : line.sub(from, line.length()), from == 0 ? breaks : 0));
        breaks = 0;
      }
      if (i < n) {
        // \r\n is one break
        if (page[i] == '\r' && i + 1 < n && page[i + 1] == '\n') {
          i++;
        }
        i++;
        breaks++;
      }
    }
    return out;
  }

  /** Longest stretch before a cut that is checked for being a headline or a credit. */
  private static final int SHORT_PREFIX = HeadlineDetector.MAX_LENGTH + 2;

  /**
   * Whether a line joined from two is cut at entry {@code k} (the current piece starts at {@code
   * from}). At a line break the normaliser deleted: after a credit (what follows a credit is never
   * its continuation), and before any dateline that follows a headline-like line. Without a known
   * break: before 本报…讯 after a headline or credit (see {@link
   * DatelineFinder#isJoinedDatelineAt}). A dateline after unfinished body text is not cut off: a
   * line may start with 新华社消息 in the middle of a sentence (据\n新华社消息). The tests look at
   * a bounded stretch before {@code k}, so a long joined paragraph costs linear time.
   */
  private static boolean cutsAt(CompactText line, int from, int k, BitSet joinedBreaks) {
    if (!joinedBreaks.get(line.pos()[k])) {
      return DatelineFinder.isJoinedDatelineAt(line, from, k);
    }
    CompactText tail = line.sub(Math.max(from, k - SHORT_PREFIX), k);
    if (CreditFinder.trailingCreditStart(tail) >= 0) {
      return true;
    }
    if (k - from > SHORT_PREFIX) {
      return false;
    }
    return CreditFinder.isStandalone(tail)
        || (HeadlineDetector.isCandidate(tail) && DatelineFinder.matchAt(line, k) >= 0);
  }
}
