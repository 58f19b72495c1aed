package io.baoxun.regress;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.Attempt;
import io.baoxun.grammar.Lexicon;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.Candidate;
import io.baoxun.rule.Drop;
import io.baoxun.rule.Engine;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import io.baoxun.rule.Rejection;
import io.baoxun.rule.Rule;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What a pack did on a corpus, for its authors: how often each rule matched, was turned away
 * ({@code when}, a null required field), lost an overlap or made a fact; which grammar rules
 * never matched anywhere (as a rule's match or a part of one); which lexicon entries never occur
 * in the corpus's (normalised) text; and conflicts, where rules read the same span as facts of the
 * same type with different fields.
 *
 * <p>Documents are added one at a time, on one thread: the report is for an author's corpus, not
 * a production run.
 */
public final class Coverage {
  private final Pack pack;
  private final ReadContext context;
  private final Engine engine;
  private final Segmenter segmenter = new Segmenter();
  private final Map<String, RuleUse.Builder> rules = new LinkedHashMap<>();
  private final int[] grammarMatches;
  private final Map<Lexicon, Set<String>> unseen = new LinkedHashMap<>();
  private final List<Conflict> conflicts = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();
  private int documents;

  /** How one rule fared. {@code matched} = {@code rejected} + {@code dropped} + {@code facts}. */
  public record RuleUse(
      Rule rule, int matched, int rejected, int dropped, int facts, Map<String, Integer> rejectedBecause, Map<String, Integer> lostTo) {
    public RuleUse {
      rejectedBecause = Map.copyOf(rejectedBecause);
      lostTo = Map.copyOf(lostTo);
    }

    static final class Builder {
      final Rule rule;
      int rejected;
      int dropped;
      int facts;
      final Map<String, Integer> rejectedBecause = new TreeMap<>();
      final Map<String, Integer> lostTo = new TreeMap<>();

      Builder(Rule rule) {
        this.rule = rule;
      }

      RuleUse build() {
        return new RuleUse(rule, rejected + dropped + facts, rejected, dropped, facts, rejectedBecause, lostTo);
      }
    }
  }

  /** One rule's reading of a span: its fields, and whether it became the fact. */
  public record Reading(String rule, Map<String, FieldValue> fields, boolean kept) {}

  /** Rules that read one span as facts of one type with different fields. */
  public record Conflict(String doc, Span span, String text, String type, List<Reading> readings) {
    public Conflict {
      readings = List.copyOf(readings);
    }
  }

  public Coverage(Pack pack, ReadContext context) {
    this.pack = pack;
    this.context = context;
    this.engine = pack.newEngine();
    pack.rules().forEach(r -> rules.put(r.id(), new RuleUse.Builder(r)));
    this.grammarMatches = new int[pack.grammar().ruleNames().size()];
    for (Lexicon l : pack.lexicons()) {
      unseen.put(l, new LinkedHashSet<>(l.entries()));
    }
  }

  /** Runs the pack on one input and counts what it did. */
  public void add(Input input) {
    String original;
    if (input instanceof Input.Text t) {
      original = t.text();
    } else if (input instanceof Input.Bytes b) {
      DecodeResult r = Decoder.decode(b.bytes());
      if (r instanceof DecodeResult.Undecodable u) {
        unreadable.add(b.name() + ": " + u.message());
        return;
      }
      original = ((DecodeResult.Decoded) r).text();
    } else {
      unreadable.add(input.name() + ": " + ((Input.Unreadable) input).message());
      return;
    }
    documents++;
    NormalizedText text = NormalizedText.of(original);
    Engine.Result result = engine.run(text, segmenter.segment(text), context, this::attempted);
    for (Rejection r : result.rejected()) {
      RuleUse.Builder b = rules.get(r.rule().id());
      b.rejected++;
      b.rejectedBecause.merge(r.reason(), 1, Integer::sum);
    }
    for (Drop d : result.dropped()) {
      RuleUse.Builder b = rules.get(d.loser().rule().id());
      b.dropped++;
      b.lostTo.merge(d.winner().rule().id(), 1, Integer::sum);
    }
    for (Candidate c : result.kept()) {
      rules.get(c.rule().id()).facts++;
    }
    findConflicts(input.name(), result);
    for (Set<String> entries : unseen.values()) {
      entries.removeIf(e -> text.text().contains(e));
    }
  }

  private void attempted(Attempt attempt, int regionFrom, int regionTo) {
    attempt.match().ifPresent(m -> count(m.tree()));
  }

  private void count(ParseTree node) {
    if (node instanceof ParserRuleContext c) {
      grammarMatches[c.getRuleIndex()]++;
      for (int i = 0; i < c.getChildCount(); i++) {
        count(c.getChild(i));
      }
    }
  }

  private void findConflicts(String doc, Engine.Result result) {
    // Every candidate, winner or loser, by type and span in the text matched.
    Map<String, List<Reading>> bySpan = new LinkedHashMap<>();
    Map<String, Candidate> first = new LinkedHashMap<>();
    List<Candidate> all = new ArrayList<>(result.kept());
    result.dropped().forEach(d -> all.add(d.loser()));
    for (Candidate c : all) {
      String key = c.fact().type() + "@" + c.span().start() + ":" + c.span().end();
      first.putIfAbsent(key, c);
      bySpan.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Reading(c.rule().id(), c.fact().fields(), result.kept().contains(c)));
    }
    List<Conflict> found = new ArrayList<>();
    bySpan.forEach((key, readings) -> {
      if (readings.stream().map(Reading::fields).distinct().count() > 1) {
        List<Reading> ordered = new ArrayList<>(readings);
        ordered.sort((a, b) -> Boolean.compare(b.kept(), a.kept()));
        Candidate c = first.get(key);
        found.add(new Conflict(doc, c.fact().span(), c.fact().text(), c.fact().type(), ordered));
      }
    });
    found.sort(java.util.Comparator.comparing((Conflict c) -> c.span()).thenComparing(Conflict::type));
    conflicts.addAll(found);
  }

  public int documents() {
    return documents;
  }

  /** The inputs that could not be read, with why. */
  public List<String> unreadable() {
    return List.copyOf(unreadable);
  }

  /** Every rule of the pack, in pack order. */
  public List<RuleUse> rules() {
    return rules.values().stream().map(RuleUse.Builder::build).toList();
  }

  /** Every parser rule of the grammar, in grammar order, with how many matches it was part of. */
  public Map<String, Integer> grammarRules() {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> names = pack.grammar().ruleNames();
    for (int i = 0; i < names.size(); i++) {
      out.put(names.get(i), grammarMatches[i]);
    }
    return out;
  }

  /** Per lexicon, the entries that occur nowhere in the corpus's normalised text. */
  public Map<Lexicon, List<String>> unseenLexiconEntries() {
    Map<Lexicon, List<String>> out = new LinkedHashMap<>();
    unseen.forEach((l, e) -> out.put(l, List.copyOf(e)));
    return out;
  }

  /** In the order found: by document, then by type and span. */
  public List<Conflict> conflicts() {
    return List.copyOf(conflicts);
  }
}
