package io.baoxun.pipeline;

import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.rule.Engine;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import io.baoxun.segment.Article;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one input into its facts: decode, normalise, segment, match, check. Thread-safe: all
 * per-document state lives in local variables.
 */
public final class DocumentProcessor {
  private final Segmenter segmenter = new Segmenter();
  private final ReadContext context;
  /** The pack is shared; each worker thread matches with an engine of its own (warm caches). */
  private final ThreadLocal<Engine> engines;

  /**
   * @param pack the loaded pack, shared by all threads
   * @param context {@code --year} and other settings for reading values
   */
  public DocumentProcessor(Pack pack, ReadContext context) {
    this.context = context;
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
    List<Fact> facts = new ArrayList<>();
    int stories = 0;
    for (Article a : articles) {
      // Captions and boxes of figures are matched for facts like any text, but they are not
      // articles a reader would count.
      if (a.kind() == Article.Kind.STORY) {
        facts.add(articleFact(text, a));
        stories++;
      }
    }
    facts.addAll(engines.get().facts(text, articles, context));
    facts.sort(Engine.ORDER);
    return new DocumentResult.Processed(
        name, encoding, original.codePointCount(0, original.length()), stories, facts, List.of());
  }

  /**
   * A piece of original text as a reader wants it in a field: the hard line breaks the page put
   * into a headline or dateline removed. Offsets elsewhere in the record still point at the
   * original.
   */
  static String display(String original) {
    return original.replaceAll("[\\r\\n\\uFFFD]+", "").strip();
  }

  private static Fact articleFact(NormalizedText text, Article a) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    if (a.headline().isPresent()) {
      Span h = text.toOriginal(a.headline().get());
      fields.put("headline", new FieldValue.Text(display(text.originalText(a.headline().get()))));
      fields.put("headlineStart", FieldValue.Number.of(h.start()));
      fields.put("headlineEnd", FieldValue.Number.of(h.end()));
    } else {
      fields.put("headline", FieldValue.Null.INSTANCE);
      fields.put("headlineStart", FieldValue.Null.INSTANCE);
      fields.put("headlineEnd", FieldValue.Null.INSTANCE);
    }
    fields.put(
        "dateline",
        a.dateline().<FieldValue>map(d -> new FieldValue.Text(display(text.originalText(d)))).orElse(FieldValue.Null.INSTANCE));
    Span body = text.toOriginal(a.body());
    return new Fact("Article", "segment.article", body, text.originalText(a.body()), fields);
  }
}
