package io.baoxun.rule;

import java.util.ArrayList;
import java.util.List;

/** Runs every example of a pack, from every source, on one engine. */
public final class ExampleRunner {
  private final Pack pack;
  private final List<ExampleSource> sources;

  public ExampleRunner(Pack pack, List<ExampleSource> sources) {
    this.pack = pack;
    this.sources = List.copyOf(sources);
  }

  /** The examples written in the pack's rule files. */
  public static ExampleRunner forRules(Pack pack) {
    return new ExampleRunner(pack, List.of(new RuleExamples()));
  }

  /**
   * The examples of the rule files and the grammar files. Those of checks need the document
   * pipeline: {@code io.baoxun.pipeline.CheckExamples.runnerFor} runs all three.
   */
  public static ExampleRunner forPack(Pack pack) {
    return new ExampleRunner(pack, List.of(new RuleExamples(), new GrammarExamplesSource()));
  }

  public List<ExampleCase> cases() {
    List<ExampleCase> out = new ArrayList<>();
    for (ExampleSource s : sources) {
      out.addAll(s.cases(pack));
    }
    return out;
  }

  public Report run() {
    Engine engine = pack.newEngine();
    List<ExampleResult> results = new ArrayList<>();
    for (ExampleCase c : cases()) {
      results.add(c.run(engine));
    }
    return new Report(results);
  }

  /** The results in the order the examples were found. */
  public record Report(List<ExampleResult> results) {
    public Report {
      results = List.copyOf(results);
    }

    public long passed() {
      return results.stream().filter(ExampleResult::passed).count();
    }

    public long failed() {
      return results.size() - passed();
    }

    public List<ExampleResult> failures() {
      return results.stream().filter(r -> !r.passed()).toList();
    }

    /** {@code N passed, N failed}: the summary line of {@code baoxun check}. */
    public String summary() {
      return passed() + " passed, " + failed() + " failed";
    }
  }
}
