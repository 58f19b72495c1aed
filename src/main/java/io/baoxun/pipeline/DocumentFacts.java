package io.baoxun.pipeline;

import io.baoxun.check.FactRef;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.rule.Engine;
import io.baoxun.rule.ReadContext;
import io.baoxun.rule.Trace;
import io.baoxun.segment.Article;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts of one document in output order, and the same facts as checks see them: with their
 * ids and the article each lies in (a report, a caption or a box of figures).
 *
 * @param stories how many articles are reports (the {@code articles} count of the output)
 */
public record DocumentFacts(List<Fact> facts, List<FactRef> refs, int stories) {
  public DocumentFacts {
    facts = List.copyOf(facts);
    refs = List.copyOf(refs);
  }

  /** Matches a segmented document with the calling thread's engine. */
  public static DocumentFacts of(String doc, NormalizedText text, List<Article> articles, Engine engine, ReadContext context) {
    return of(doc, text, articles, engine, context, Limits.NONE);
  }

  /**
   * Matches a segmented document, a window at a time when it is large ({@link Windows}). The
   * engine's matcher checks the document's deadline.
   */
  static DocumentFacts of(
      String doc, NormalizedText text, List<Article> articles, Engine engine, ReadContext context, Limits limits) {
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
    Optional<List<Windows.Window>> plan = Windows.plan(text, articles, limits.windowChars(), limits.regionChars());
    List<FieldValue> dates;
    if (plan.isEmpty()) {
      Engine.Result matched = engine.run(text, articles, context, Trace.NONE);
      facts.addAll(matched.facts());
      dates = matched.articleDates();
    } else {
      FieldValue[] found = new FieldValue[articles.size()];
      // A headline beside each window of its article is matched in each: its facts are kept once.
      Set<Fact> matched = new LinkedHashSet<>();
      for (Windows.Window w : plan.get()) {
        List<Article> local = w.pieces().stream().map(p -> w.local(p.view())).toList();
        Engine.Result r = engine.run(text.excerpt(w.parts()), local, context, Trace.NONE);
        matched.addAll(r.facts());
        for (int k = 0; k < local.size(); k++) {
          int article = w.pieces().get(k).article();
          if (found[article] == null) {
            found[article] = r.articleDates().get(k);
          }
        }
      }
      facts.addAll(matched);
      dates = new ArrayList<>();
      for (FieldValue d : found) {
        dates.add(d == null ? FieldValue.Null.INSTANCE : d);
      }
    }
    facts.sort(Engine.ORDER);
    return new DocumentFacts(facts, refs(doc, facts, text, articles, dates), stories);
  }

  /** The facts as checks see them: ids by output order, each in the first article holding its start. */
  static List<FactRef> refs(
      String doc, List<Fact> facts, NormalizedText text, List<Article> articles, List<FieldValue> dates) {
    List<List<Span>> spans = new ArrayList<>();
    for (Article a : articles) {
      List<Span> s = new ArrayList<>();
      s.add(text.toOriginal(a.body()));
      a.headline().ifPresent(h -> s.add(text.toOriginal(h)));
      spans.add(s);
    }
    List<FactRef> out = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      int article = articleOf(f.span(), spans);
      FieldValue date = article < 0 ? FieldValue.Null.INSTANCE : dates.get(article);
      out.add(new FactRef(doc, i, article, date, f.type(), f.fields()));
    }
    return out;
  }

  /** The facts as checks across documents see them: no article needed. */
  public static List<FactRef> refs(String doc, List<Fact> facts) {
    List<FactRef> out = new ArrayList<>(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      out.add(new FactRef(doc, i, -1, FieldValue.Null.INSTANCE, facts.get(i).type(), facts.get(i).fields()));
    }
    return out;
  }

  private static int articleOf(Span fact, List<List<Span>> articles) {
    for (int a = 0; a < articles.size(); a++) {
      for (Span s : articles.get(a)) {
        if (s.start() <= fact.start() && fact.start() < Math.max(s.end(), s.start() + 1)) {
          return a;
        }
      }
    }
    return -1;
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
