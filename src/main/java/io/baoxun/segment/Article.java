package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * One article of a page. Spans are code point offsets into the normalised text.
 *
 * @param body the article's text from its dateline (or first paragraph) to its end credit
 * @param headline the headline, wherever the page prints it (before or after the body)
 * @param dateline the dateline at the start of the body, such as 本报讯（记者 王培源）
 */
public record Article(
    Span body, Optional<Span> headline, Optional<Span> dateline, List<Paragraph> paragraphs) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
  }
}
