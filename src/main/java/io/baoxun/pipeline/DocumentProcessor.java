package io.baoxun.pipeline;

import io.baoxun.check.CheckSet;
import io.baoxun.check.Finding;
import io.baoxun.rule.Engine;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import io.baoxun.segment.Article;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import java.util.List;

/**
 * Turns one input into its facts and findings: decode, normalise, segment, match, check (the
 * checks within the document; those across documents run in {@link CheckedRun}). Thread-safe: all
 * per-document state lives in local variables.
 */
public final class DocumentProcessor {
  private final Segmenter segmenter = new Segmenter();
  private final ReadContext context;
  private final CheckSet checks;
  /** The pack is shared; each worker thread matches with an engine of its own (warm caches). */
  private final ThreadLocal<Engine> engines;

  /**
   * @param pack the loaded pack, shared by all threads
   * @param context {@code --year} and other settings for reading values
   */
  public DocumentProcessor(Pack pack, ReadContext context) {
    this.context = context;
    this.checks = pack.checks();
    this.engines = ThreadLocal.withInitial(pack::newEngine);
  }

  /**
   * Processes one input. Never throws for a bad document: whatever goes wrong becomes a one-line
   * {@link DocumentResult.Failed}, so the rest of the batch still runs.
   */
  public DocumentResult process(Input input) {
    try {
      return processUnguarded(input);
    } catch (RuntimeException | StackOverflowError e) {
      return new DocumentResult.Failed(input.name(), "internal error while processing: " + e);
    }
  }

  private DocumentResult processUnguarded(Input input) {
    if (input instanceof Input.Text t) {
      return process(t.name(), t.text(), "UTF-8");
    }
    if (input instanceof Input.Bytes b) {
      DecodeResult r = Decoder.decode(b.bytes());
      if (r instanceof DecodeResult.Decoded d) {
        return process(b.name(), d.text(), d.encoding());
      }
      return new DocumentResult.Failed(b.name(), ((DecodeResult.Undecodable) r).message());
    }
    return new DocumentResult.Failed(input.name(), ((Input.Unreadable) input).message());
  }

  private DocumentResult process(String name, String original, String encoding) {
    NormalizedText text = NormalizedText.of(original);
    List<Article> articles = segmenter.segment(text);
    DocumentFacts facts = DocumentFacts.of(name, text, articles, engines.get(), context);
    // The document's own checks run here, on the worker: they read this document alone.
    List<Finding> findings = checks.document(facts.refs());
    return new DocumentResult.Processed(
        name, encoding, original.codePointCount(0, original.length()), facts.stories(), facts.facts(), findings);
  }
}
