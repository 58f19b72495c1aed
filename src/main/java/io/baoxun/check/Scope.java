package io.baoxun.check;

/** Where the facts a check judges together come from. */
public enum Scope {
  /** One fact at a time: {@code for b in Breakdown}. */
  FACT,
  /** Facts of one article: {@code for a, b in TestingProgress within article}. */
  ARTICLE,
  /** Facts of one document, a sidebar and the body alike: {@code within document}. */
  DOCUMENT,
  /**
   * Facts of different documents of a run, compared in order ({@code across documents}): only the
   * keyed values the check reads are kept until all documents are read.
   */
  RUN
}
