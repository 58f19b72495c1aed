package io.baoxun.segment;

/** Where a page prints each article's headline relative to its body. */
public enum Layout {
  /** Headline, (kicker, subtitle, byline,) then the body: the usual newspaper order. */
  HEADLINE_BEFORE_BODY,
  /**
   * Body, then its headline: what PDF text extraction gives for many laid-out pages, where the
   * headline block is read after the column text (seed 000: body, two-line headline, next
   * dateline).
   */
  HEADLINE_AFTER_BODY
}
