package io.baoxun.rule;

import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code example} or {@code not} of a rule: its text is processed as a small document
 * (normalised, segmented, matched by the whole pack, overlaps resolved) and the rule's facts are
 * compared with what the example expects, field by field in display form.
 */
final class RuleExampleCase implements ExampleCase {
  private static final int NAME_TEXT = 24;

  private final Rule rule;
  private final RuleExample example;

  RuleExampleCase(Rule rule, RuleExample example) {
    this.rule = rule;
    this.example = example;
  }

  @Override
  public String name() {
    return example.pos().file() + ":" + example.pos().line() + " " + rule.id() + (example.positive() ? " " : " not ")
        + "«" + Texts.shorten(example.text(), NAME_TEXT) + "»";
  }

  @Override
  public ExampleResult run(Engine engine) {
    NormalizedText text = NormalizedText.of(example.text());
    CloseCalls close = new CloseCalls();
    Engine.Result result = engine.run(text, new Segmenter().segment(text), ReadContext.NONE, close);
    List<Fact> facts = result.facts().stream().filter(f -> f.rule().equals(rule.id())).toList();
    Optional<Span> span = example.span();
    List<Fact> atSpan = span.isEmpty() ? facts : facts.stream().filter(f -> f.span().equals(span.get())).toList();
    if (!example.positive()) {
      if (atSpan.isEmpty()) {
        return ExampleResult.pass(name());
      }
      return fail(ExampleResult.Outcome.UNEXPECTED_FACT, "emitted " + show(atSpan.get(0)));
    }
    if (facts.isEmpty()) {
      return fail(ExampleResult.Outcome.NO_FACT, "no fact: " + whyNone(result, close, text));
    }
    if (atSpan.isEmpty()) {
      List<String> got = facts.stream().map(f -> "«" + Texts.shorten(f.text(), 40) + "»").toList();
      String want = example.text().substring(
          example.text().offsetByCodePoints(0, span.get().start()), example.text().offsetByCodePoints(0, span.get().end()));
      return fail(ExampleResult.Outcome.SPAN_DIFFERS, "span: expected «" + Texts.shorten(want, 40) + "» got " + String.join(", ", got));
    }
    List<String> best = null;
    for (Fact f : atSpan) {
      List<String> diffs = differences(f);
      if (diffs.isEmpty()) {
        return ExampleResult.pass(name());
      }
      if (best == null || diffs.size() < best.size()) {
        best = diffs;
      }
    }
    return fail(ExampleResult.Outcome.FIELD_DIFFERS, String.join("\n", best));
  }

  private ExampleResult fail(ExampleResult.Outcome outcome, String detail) {
    return new ExampleResult(name(), outcome, detail);
  }

  private List<String> differences(Fact f) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Optional<String>> e : example.expected().entrySet()) {
      FieldValue actual = f.fields().getOrDefault(e.getKey(), FieldValue.Null.INSTANCE);
      Optional<String> want = e.getValue();
      boolean same =
          want.isEmpty()
              ? actual instanceof FieldValue.Null
              : !(actual instanceof FieldValue.Null) && sameDisplay(want.get(), Display.of(actual));
      if (!same) {
        String got = actual instanceof FieldValue.Null ? "null" : quote(Display.of(actual));
        out.add("field " + e.getKey() + ": expected " + want.map(RuleExampleCase::quote).orElse("null") + " got " + got);
      }
    }
    return out;
  }

  /** Display forms compare as written, or equal once normalised (全角 and 半角 alike). */
  private static boolean sameDisplay(String want, String got) {
    return want.equals(got) || NormalizedText.of(want).text().equals(NormalizedText.of(got).text());
  }

  private static String quote(String s) {
    return "\"" + s.replace("\n", "\\n") + "\"";
  }

  private static String show(Fact f) {
    return "«" + Texts.shorten(f.text(), 40) + "» " + Display.record(f.fields());
  }

  /** Why the rule emitted nothing: turned away, lost an overlap, or its grammar rule did not match. */
  private String whyNone(Engine.Result result, CloseCalls close, NormalizedText text) {
    Set<String> reasons = new LinkedHashSet<>();
    for (Rejection r : result.rejected()) {
      if (r.rule() == rule) {
        reasons.add("«" + Texts.shorten(text.slice(r.match().span()), 30) + "» " + r.reason());
      }
    }
    for (Drop d : result.dropped()) {
      if (d.loser().rule() == rule) {
        reasons.add(
            "«" + Texts.shorten(d.loser().fact().text(), 30) + "» lost to " + d.winner().rule().id() + " «"
                + Texts.shorten(d.winner().fact().text(), 30) + "»: " + d.reason());
      }
    }
    if (!reasons.isEmpty()) {
      return String.join("; ", reasons);
    }
    if (close.furthest(rule.grammarRule()).isPresent()) {
      return "grammar rule " + rule.grammarRule() + " did not match; it got furthest at "
          + close.describe(rule.grammarRule(), result.tokens(), text);
    }
    return "grammar rule " + rule.grammarRule() + " did not start: no token of the text can begin it";
  }
}
