package io.baoxun.segment;

import java.util.List;

/**
 * A page split into articles, with the layout the segmenter decided on for it.
 *
 * @param layout whether this page prints headlines before or after their bodies
 * @param articles the articles in the order their bodies appear
 */
public record SegmentedPage(Layout layout, List<Article> articles) {
  public SegmentedPage {
    articles = List.copyOf(articles);
  }
}
