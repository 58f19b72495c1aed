package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups an article's units into paragraphs. Each unit starts a paragraph (after normalisation, a
 * line break left after a finished sentence, or a blank line, is a paragraph break), except where
 * a column break cut a sentence: a blank line after an unfinished line ({@code …及时全面精准发} /
 * {@code 布权威声音，…}) does not break the paragraph, provided the text after it goes on to finish a
 * sentence. That last test keeps the lines of a box of figures (no sentence anywhere) apart.
 *
 * <p>A line that opens with 其中 goes on the paragraph before it even after a finished sentence: it
 * breaks down what that sentence counted (…采样完成率97.2%。⏎其中，城区街道48.6万人…), and a page
 * wrapped by a PDF tool often ends a short line at the full stop.
 */
final class ParagraphBuilder {
  private ParagraphBuilder() {}

  static List<Paragraph> build(int[] page, PageUnits p, int from, int to, boolean[] opens) {
    boolean[] chainEnds = new boolean[to - from + 1];
    for (int j = to - 1; j >= from; j--) {
      Unit u = p.get(j);
      chainEnds[j - from] = u.isText() && (u.endsSentence() || chainEnds[j - from + 1]);
    }
    List<Paragraph> out = new ArrayList<>();
    int start = from;
    for (int j = from + 1; j < to; j++) {
      Unit prev = p.get(j - 1);
      Unit u = p.get(j);
      boolean joinable =
          (prev.kind() == Unit.Kind.TEXT || prev.kind() == Unit.Kind.DATELINE)
              && !p.closes[j - 1]
              && u.isText()
              && !opens[j];
      boolean continues =
          joinable
              && (u.text().startsWith("其中", 0)
                  || !prev.endsSentence()
                      && !HeadlineDetector.isNumberedSubheading(prev.text())
                      && chainEnds[j - from]);
      if (!continues) {
        out.add(paragraph(page, p, start, j));
        start = j;
      }
    }
    if (start < to) {
      out.add(paragraph(page, p, start, to));
    }
    return out;
  }

  private static Paragraph paragraph(int[] page, PageUnits p, int from, int to) {
    Span span = new Span(contentStart(p.get(from)), p.get(to - 1).end());
    return new Paragraph(span, SentenceSplitter.split(page, span));
  }

  /** Where a unit's text starts: at its dateline for datelines and bylines (after ■), else its start. */
  static int contentStart(Unit u) {
    if (u.datelineStart() >= 0 && u.datelineStart() < u.text().length()) {
      return u.text().pos()[u.datelineStart()];
    }
    return u.start();
  }
}
