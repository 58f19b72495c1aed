package io.baoxun.pipeline;

import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import java.util.List;

/** What processing one input gave: its facts and findings, or why it could not be read. */
public sealed interface DocumentResult {
  String doc();

  /**
   * A document that was read.
   *
   * @param chars its length in code points
   * @param facts in output order (by start offset)
   */
  record Processed(String doc, String encoding, int chars, int articles, List<Fact> facts, List<Finding> findings)
      implements DocumentResult {
    public Processed {
      facts = List.copyOf(facts);
      findings = List.copyOf(findings);
    }
  }

  /** An input that gives no document, with a one-line reason naming the position. */
  record Failed(String doc, String message) implements DocumentResult {}
}
