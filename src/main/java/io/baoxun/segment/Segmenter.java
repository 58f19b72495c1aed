package io.baoxun.segment;

import io.baoxun.text.CodePoints;
import io.baoxun.text.NormalizedText;
import java.util.List;

/**
 * Splits a page of a Chinese local paper into articles, paragraphs and sentences.
 *
 * <p>The page is read into lines ({@link UnitReader}); each line is classified from its own text
 * as a dateline ({@link DatelineFinder}), a credit ({@link CreditFinder}), a headline-like line
 * ({@link HeadlineDetector}) or body text. The page's layout, headline before or after body, is
 * decided by votes ({@link LayoutDetector}); then articles are cut ({@link ArticleAssembler}) and
 * split into paragraphs ({@link ParagraphBuilder}) and sentences ({@link SentenceSplitter}).
 *
 * <p>A pure function of the text, linear in its length (every scan is bounded per line or per
 * article), and thread-safe: an instance holds no state.
 */
public final class Segmenter {
  /** The articles of a page; empty for a page with no text. */
  public List<Article> segment(NormalizedText text) {
    return segmentPage(text).articles();
  }

  /** The articles of a page with the layout the segmenter decided on. */
  public SegmentedPage segmentPage(NormalizedText text) {
    int[] page = CodePoints.of(text.text());
    List<Unit> read = UnitReader.read(page, OriginalBreaks.joinedBreaks(text));
    PageUnits units = new PageUnits(OriginalBreaks.restoreGaps(read, text));
    if (units.size() == 0) {
      return new SegmentedPage(Layout.HEADLINE_BEFORE_BODY, List.of());
    }
    Layout layout = LayoutDetector.vote(units).layout();
    return new SegmentedPage(layout, ArticleAssembler.assemble(page, units, layout));
  }
}
