package io.baoxun.value;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs grammar examples through the value finder, as {@code ./baoxun check} and the JUnit suite do.
 * One per thread (it holds a {@link ValueFinder}).
 */
public final class ExampleRunner {
  private final ValueFinder finder;

  public ExampleRunner(PackGrammar grammar) {
    this.finder = new ValueFinder(grammar);
  }

  /**
   * Every example of every grammar file of a pack, in file and line order.
   *
   * @throws PackException naming each malformed example line (file:line: what is wrong)
   */
  public static List<GrammarExample> examplesOf(Path packDir) throws PackException, IOException {
    Path dir = packDir.resolve("grammar");
    List<GrammarExample> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".g4")).sorted().toList()) {
        GrammarExamples.Read r = GrammarExamples.read(f, ValuePack.display(packDir, f));
        problems.addAll(r.problems());
        out.addAll(r.examples());
      }
    }
    if (!problems.isEmpty()) {
      throw new PackException(problems);
    }
    return out;
  }

  /** Loads the pack and runs all its grammar examples. */
  public static List<ExampleResult> runAll(Path packDir) throws PackException, IOException {
    ExampleRunner runner = new ExampleRunner(ValuePack.load(packDir));
    return examplesOf(packDir).stream().map(runner::run).toList();
  }

  public ExampleResult run(GrammarExample ex) {
    Optional<String> type = ValueRules.exampleType(ex.rule());
    if (type.isEmpty()) {
      return new ExampleResult(ex, ExampleResult.Outcome.NOT_RUNNABLE,
          "rule " + ex.rule() + " gives no values (examples go above value rules)");
    }
    NormalizedText text = NormalizedText.of(ex.input());
    List<Found> found = new ArrayList<>();
    for (ValueItem it : finder.find(text.text(), ex.reference())) {
      found.add(new Found(it, text.toOriginal(it.span()), text.originalText(it.span())));
    }
    String t = type.get();
    List<Found> ofType = found.stream().filter(f -> t.isEmpty() || f.item.type().equals(t)).toList();
    if (ex.negative()) {
      return ofType.isEmpty()
          ? pass(ex)
          : new ExampleResult(ex, ExampleResult.Outcome.UNEXPECTED_MATCH, describe(ofType));
    }
    Span target = new Span(ex.targetStart(), ex.targetEnd());
    String expected = ex.expected().orElseThrow();
    List<Found> same = ofType.stream().filter(f -> f.span.equals(target)).toList();
    if (!same.isEmpty()) {
      for (Found f : same) {
        if (f.item.value().display().equals(expected)) {
          return pass(ex);
        }
      }
      return new ExampleResult(ex, ExampleResult.Outcome.WRONG_VALUE,
          "expected " + expected + ", got " + same.get(0).item.value().display());
    }
    List<Found> overlapping = ofType.stream().filter(f -> f.span.overlaps(target)).toList();
    if (!overlapping.isEmpty()) {
      return new ExampleResult(ex, ExampleResult.Outcome.PARTIAL_MATCH, "matched " + describe(overlapping));
    }
    return new ExampleResult(ex, ExampleResult.Outcome.NO_MATCH,
        found.isEmpty() ? "nothing found" : "found only " + describe(found));
  }

  private static ExampleResult pass(GrammarExample ex) {
    return new ExampleResult(ex, ExampleResult.Outcome.PASS, "");
  }

  private static String describe(List<Found> found) {
    return found.stream()
        .map(f -> f.item.type() + " «" + f.text + "» " + f.item.value().display())
        .collect(Collectors.joining(", "));
  }

  private record Found(ValueItem item, Span span, String text) {}

}
