package io.baoxun.pipeline;

import io.baoxun.check.CheckExample;
import io.baoxun.check.CheckSet;
import io.baoxun.check.CheckSpec;
import io.baoxun.check.CrossDocumentChecker;
import io.baoxun.check.FactRef;
import io.baoxun.check.Finding;
import io.baoxun.rule.Engine;
import io.baoxun.rule.ExampleCase;
import io.baoxun.rule.ExampleResult;
import io.baoxun.rule.ExampleRunner;
import io.baoxun.rule.ExampleSource;
import io.baoxun.rule.GrammarExamplesSource;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import io.baoxun.rule.RuleExamples;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The examples written beside a pack's checks. Each text of an example is processed as a document
 * (normalised, segmented, matched by the whole pack), the texts in order as one run; the check's
 * findings there are compared with what the example expects: every finding has the expected
 * status, and one says the expected message. A {@code not} example expects no finding at all.
 */
public final class CheckExamples implements ExampleSource {
  private static final int NAME_TEXT = 24;

  /** Every example a pack holds: its rules', its grammar's and its checks'. */
  public static ExampleRunner runnerFor(Pack pack) {
    return new ExampleRunner(pack, List.of(new RuleExamples(), new GrammarExamplesSource(), new CheckExamples()));
  }

  @Override
  public List<ExampleCase> cases(Pack pack) {
    List<ExampleCase> out = new ArrayList<>();
    for (CheckSpec c : pack.checks().all()) {
      for (CheckExample e : c.examples()) {
        out.add(new Case(pack.checks().only(c), c, e));
      }
    }
    return out;
  }

  private record Case(CheckSet only, CheckSpec check, CheckExample example) implements ExampleCase {
    @Override
    public String name() {
      String more = example.texts().size() > 1 ? " +" + (example.texts().size() - 1) : "";
      return example.pos().file() + ":" + example.pos().line() + " " + check.id() + (example.positive() ? " " : " not ")
          + "«" + shorten(example.texts().get(0)) + "»" + more;
    }

    @Override
    public ExampleResult run(Engine engine) {
      List<Finding> findings = new ArrayList<>();
      Set<String> found = new LinkedHashSet<>();
      CrossDocumentChecker across = only.newCrossDocumentChecker();
      Segmenter segmenter = new Segmenter();
      for (int i = 0; i < example.texts().size(); i++) {
        String doc = "text" + (i + 1);
        NormalizedText text = NormalizedText.of(example.texts().get(i));
        DocumentFacts facts = DocumentFacts.of(doc, text, segmenter.segment(text), engine, ReadContext.NONE);
        findings.addAll(only.document(facts.refs()));
        across.observe(facts.refs());
        for (FactRef f : facts.refs()) {
          found.add(f.type());
        }
      }
      across.findings().forEach(l -> findings.add(l.finding()));
      if (!example.positive()) {
        return findings.isEmpty()
            ? ExampleResult.pass(name())
            : fail(ExampleResult.Outcome.UNEXPECTED_FACT, "gave " + show(findings.get(0)));
      }
      if (findings.isEmpty()) {
        return fail(
            ExampleResult.Outcome.NO_FACT,
            "no finding: nothing here for the check to judge (it judges " + String.join(", ", judged())
                + "; facts found: " + (found.isEmpty() ? "none" : String.join(", ", found)) + ")");
      }
      String want = example.status().label();
      for (Finding f : findings) {
        if (!f.status().equals(want)) {
          return fail(ExampleResult.Outcome.FIELD_DIFFERS, "status: expected " + want + " got " + show(f));
        }
      }
      if (example.message().isPresent() && findings.stream().noneMatch(f -> f.message().equals(example.message().get()))) {
        return fail(
            ExampleResult.Outcome.FIELD_DIFFERS,
            "message: expected \"" + example.message().get() + "\" got \"" + findings.get(0).message() + "\"");
      }
      return ExampleResult.pass(name());
    }

    /** The fact types the check's names range over. */
    private List<String> judged() {
      Set<String> types = new LinkedHashSet<>();
      check.selection().variables().forEach(v -> v.alternatives().forEach(a -> types.add(a.type())));
      return List.copyOf(types);
    }

    private ExampleResult fail(ExampleResult.Outcome outcome, String detail) {
      return new ExampleResult(name(), outcome, detail);
    }

    private static String show(Finding f) {
      return f.status() + " " + f.facts() + ": " + f.message();
    }
  }

  private static String shorten(String s) {
    String flat = s.replace("\n", "\\n");
    return flat.codePointCount(0, flat.length()) <= NAME_TEXT ? flat : flat.substring(0, flat.offsetByCodePoints(0, NAME_TEXT)) + "…";
  }
}
