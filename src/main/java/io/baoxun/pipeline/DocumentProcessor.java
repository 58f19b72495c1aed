package io.baoxun.pipeline;

import io.baoxun.check.CheckSet;
import io.baoxun.check.Finding;
import io.baoxun.grammar.Deadline;
import io.baoxun.rule.Engine;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import io.baoxun.segment.Article;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Turns one input into its facts and findings: decode, normalise, segment, match, check (the
 * checks within the document; those across documents run in {@link CheckedRun}). Thread-safe: all
 * per-document state lives in local variables.
 *
 * <p>Whatever one document does, the run goes on: a document over the {@link Limits} or one that
 * breaks something becomes a one-line {@link DocumentResult.Failed}.
 */
public final class DocumentProcessor {
  private final Segmenter segmenter = new Segmenter();
  private final ReadContext context;
  private final CheckSet checks;
  private final Limits limits;
  /** The pack is shared; each worker thread matches with an engine of its own (warm caches). */
  private final ThreadLocal<Engine> engines;

  /** A processor without limits, for tools that read texts they were handed. */
  public DocumentProcessor(Pack pack, ReadContext context) {
    this(pack, context, Limits.NONE);
  }

  /**
   * @param pack the loaded pack, shared by all threads
   * @param context {@code --year} and other settings for reading values
   * @param limits what one document may cost
   */
  public DocumentProcessor(Pack pack, ReadContext context, Limits limits) {
    this.context = context;
    this.checks = pack.checks();
    this.limits = limits;
    this.engines = ThreadLocal.withInitial(pack::newEngine);
  }

  /**
   * Processes one input. Never throws for a bad document: whatever goes wrong becomes a one-line
   * {@link DocumentResult.Failed}, so the rest of the batch still runs. Only a stopped run (the
   * thread interrupted) ends it with {@link CancellationException}.
   */
  public DocumentResult process(Input input) {
    if (input instanceof Input.Done done) {
      return done.result();
    }
    Deadline deadline = limits.timeBudget().map(Deadline::after).orElse(Deadline.NONE);
    Engine engine = engines.get();
    engine.matcher().setDeadline(deadline);
    try {
      return processUnguarded(input, engine, deadline);
    } catch (Deadline.Exceeded e) {
      return new DocumentResult.Failed(
          input.name(), "took more than its time budget of " + Deadline.show(e.budget()) + " (--time-budget); not processed");
    } catch (CancellationException e) {
      throw e;
    } catch (StackOverflowError e) {
      discard();
      return new DocumentResult.Failed(input.name(), "nested too deeply to match (stack overflow); not processed");
    } catch (OutOfMemoryError e) {
      discard();
      return new DocumentResult.Failed(
          input.name(), "out of memory while processing; give Java more heap (BAOXUN_JAVA_OPTS=-Xmx2g) or lower --max-doc-size");
    } catch (RuntimeException e) {
      discard();
      return new DocumentResult.Failed(input.name(), "internal error while processing: " + oneLine(e.toString()));
    } finally {
      engine.matcher().setDeadline(Deadline.NONE);
    }
  }

  private DocumentResult processUnguarded(Input input, Engine engine, Deadline deadline) {
    if (input instanceof Input.Text t) {
      long bytes = Sizes.utf8Length(t.text());
      if (bytes > limits.maxDocBytes()) {
        return new DocumentResult.Failed(t.name(), Sizes.tooLarge(bytes, limits.maxDocBytes()));
      }
      return process(t.name(), t.text(), "UTF-8", engine, deadline);
    }
    if (input instanceof Input.Bytes b) {
      if (b.bytes().length > limits.maxDocBytes()) {
        return new DocumentResult.Failed(b.name(), Sizes.tooLarge(b.bytes().length, limits.maxDocBytes()));
      }
      DecodeResult r = Decoder.decode(b.bytes());
      if (r instanceof DecodeResult.Decoded d) {
        return process(b.name(), d.text(), d.encoding(), engine, deadline);
      }
      return new DocumentResult.Failed(b.name(), ((DecodeResult.Undecodable) r).message());
    }
    return new DocumentResult.Failed(input.name(), ((Input.Unreadable) input).message());
  }

  private DocumentResult process(String name, String original, String encoding, Engine engine, Deadline deadline) {
    NormalizedText text = NormalizedText.of(original);
    List<Article> articles = segmenter.segment(text);
    DocumentFacts facts = DocumentFacts.of(name, text, articles, engine, context, limits);
    // The document's own checks run here, on the worker: they read this document alone.
    List<Finding> findings = checks.document(facts.refs(), deadline);
    return new DocumentResult.Processed(
        name, encoding, original.codePointCount(0, original.length()), facts.stories(), facts.facts(), findings);
  }

  /**
   * Drops this thread's engine after a failure that may have left its caches half updated (an
   * error can strike inside ANTLR's DFA bookkeeping); the next document gets a fresh one.
   */
  private void discard() {
    engines.remove();
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
