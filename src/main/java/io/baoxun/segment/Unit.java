package io.baoxun.segment;

import io.baoxun.text.Span;

/**
 * One line of the page as the segmenter reads it: a paragraph, or a piece of one that a column
 * break cut off, a headline line, a dateline, a credit. Hard-wrapped lines (single line break
 * inside a sentence) are already one unit.
 *
 * @param text the line, compact (see {@link CompactText})
 * @param gapBefore line breaks between the previous unit and this one: 1 is a plain line break, 2
 *     one blank line, 3 or more a wider gap; 0 when a dateline was split off the same line
 * @param kind what the line is, from its own text
 * @param datelineStart for datelines and bylines, the index in {@code text} where the dateline
 *     starts (after lead markers); otherwise -1
 * @param datelineEnd for datelines and bylines, the index in {@code text} just past it; otherwise -1
 * @param endsSentence whether the line ends with a sentence-final mark or a credit
 * @param headlineCandidate whether the line, alone, looks like a headline line
 * @param trailingCredit whether the line closes with a bracketed credit, as in {@code …到位。（张蕾）}
 */
record Unit(
    CompactText text,
    int gapBefore,
    Kind kind,
    int datelineStart,
    int datelineEnd,
    boolean endsSentence,
    boolean headlineCandidate,
    boolean trailingCredit) {

  enum Kind {
    /** Starts with a dateline (本报讯…); the rest of the line is body text. */
    DATELINE,
    /** A byline alone on its line (■ 本报记者 林金彦): a dateline or a credit, by what follows. */
    BYLINE,
    /** A credit alone on its line: （张蕾）, 边艺洲 摄. */
    CREDIT,
    /** Anything else: body text or headline. */
    TEXT
  }

  static Unit classify(CompactText text, int gapBefore) {
    int dl = DatelineFinder.matchAt(text, 0);
    if (dl >= 0) {
      int trailing = CreditFinder.trailingCreditStart(text);
      return new Unit(
          text,
          gapBefore,
          Kind.DATELINE,
          DatelineFinder.startAt(text, 0),
          dl,
          trailing >= 0 || LineEndings.endsSentence(text),
          false,
          trailing >= 0);
    }
    if (DatelineFinder.isByline(text)) {
      return new Unit(
          text, gapBefore, Kind.BYLINE, text.afterLeadMarkers(), text.length(), true, false, false);
    }
    if (CreditFinder.isStandalone(text)) {
      return new Unit(text, gapBefore, Kind.CREDIT, -1, -1, true, false, false);
    }
    int trailing = CreditFinder.trailingCreditStart(text);
    boolean ends = trailing >= 0 || LineEndings.endsSentence(text);
    boolean candidate = trailing < 0 && HeadlineDetector.isCandidate(text);
    return new Unit(text, gapBefore, Kind.TEXT, -1, -1, ends, candidate, trailing >= 0);
  }

  Unit withGapBefore(int gap) {
    return new Unit(
        text, gap, kind, datelineStart, datelineEnd, endsSentence, headlineCandidate, trailingCredit);
  }

  int start() {
    return text.pos()[0];
  }

  int end() {
    return text.pos()[text.length() - 1] + 1;
  }

  Span datelineSpan() {
    return text.span(datelineStart, datelineEnd);
  }

  boolean isText() {
    return kind == Kind.TEXT;
  }

  /** Body text that is not a headline candidate: what a paragraph is made of. */
  boolean isPlainText() {
    return kind == Kind.TEXT && !headlineCandidate;
  }

  @Override
  public String toString() {
    return kind + (headlineCandidate ? "(H)" : "") + (endsSentence ? "." : "") + "@" + gapBefore
        + " " + text;
  }
}
