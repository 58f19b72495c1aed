package io.baoxun.segment;

import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER: splits a page into articles. The segmentation work replaces this. */
public final class Segmenter {
  public List<Article> segment(NormalizedText text) {
    Span all = new Span(0, text.length());
    return List.of(
        new Article(all, Optional.empty(), Optional.empty(), List.of(new Paragraph(all, List.of(all)))));
  }
}
