package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a page. Spans are code point offsets into the normalised text.
 *
 * @param body the article's text from its dateline (or first paragraph) to its end credit
 * @param headline the headline, wherever the page prints it (before or after the body); when the
 *     headline is printed on several lines (kicker, title, subtitle), the span covers them all
 * @param dateline the dateline at the start of the body, such as 本报讯（记者 王培源）, or a byline
 *     standing in for it (本报记者 林金彦)
 * @param paragraphs the body's paragraphs, in order, inside {@code body}
 * @param kind what sort of item this is: a report, a photo caption, a box of figures
 */
public record Article(
    Span body,
    Optional<Span> headline,
    Optional<Span> dateline,
    List<Paragraph> paragraphs,
    Kind kind) {

  /** The sort of item an article is. */
  public enum Kind {
    /** A report: has a dateline, a headline, or sentences of running text. */
    STORY,
    /** A photo caption: no dateline or headline, closed by a photo credit (边艺洲 摄) or 图为…. */
    CAPTION,
    /**
     * A box of figures or key points with no dateline, no headline and no finished sentence, such
     * as the summary box at the foot of seed 000. Kept as its own article so that it neither
     * swallows nor breaks the report before it.
     */
    BOX
  }

  public Article {
    Objects.requireNonNull(body);
    Objects.requireNonNull(headline);
    Objects.requireNonNull(dateline);
    Objects.requireNonNull(kind);
    paragraphs = List.copyOf(paragraphs);
  }

  /** A report ({@link Kind#STORY}). */
  public Article(
      Span body, Optional<Span> headline, Optional<Span> dateline, List<Paragraph> paragraphs) {
    this(body, headline, dateline, paragraphs, Kind.STORY);
  }

  /** All sentences of the body, in order. */
  public List<Span> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }
}
