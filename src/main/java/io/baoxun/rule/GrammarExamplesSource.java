package io.baoxun.rule;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.value.GrammarExample;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples written beside the grammar's value rules ({@code //> 518.3万人次 => 5183000 人次}),
 * as cases for {@code check} and the JUnit factory, beside the rule files' own examples.
 */
public final class GrammarExamplesSource implements ExampleSource {
  @Override
  public List<ExampleCase> cases(Pack pack) {
    List<GrammarExample> examples;
    try {
      examples = io.baoxun.value.ExampleRunner.examplesOf(pack.dir());
    } catch (PackException e) {
      return e.diagnostics().stream().map(GrammarExamplesSource::malformed).toList();
    } catch (IOException e) {
      return List.of(malformed(Diagnostic.error(pack.dir().resolve("grammar").toString(), 0, 0, "cannot read: " + e.getMessage())));
    }
    // One runner for all cases: examples run one after another on one thread.
    io.baoxun.value.ExampleRunner runner = new io.baoxun.value.ExampleRunner(pack.grammar());
    List<ExampleCase> out = new ArrayList<>();
    for (GrammarExample ex : examples) {
      out.add(
          new ExampleCase() {
            @Override
            public String name() {
              return ex.name();
            }

            @Override
            public ExampleResult run(Engine engine) {
              io.baoxun.value.ExampleResult r = runner.run(ex);
              return new ExampleResult(ex.name(), outcome(r.outcome()), r.passed() ? "" : r.message());
            }
          });
    }
    return out;
  }

  private static ExampleResult.Outcome outcome(io.baoxun.value.ExampleResult.Outcome o) {
    return switch (o) {
      case PASS -> ExampleResult.Outcome.PASS;
      case NO_MATCH -> ExampleResult.Outcome.NO_FACT;
      case PARTIAL_MATCH -> ExampleResult.Outcome.SPAN_DIFFERS;
      case WRONG_VALUE -> ExampleResult.Outcome.FIELD_DIFFERS;
      case UNEXPECTED_MATCH -> ExampleResult.Outcome.UNEXPECTED_FACT;
      case NOT_RUNNABLE -> ExampleResult.Outcome.INVALID;
    };
  }

  private static ExampleCase malformed(Diagnostic d) {
    return new ExampleCase() {
      @Override
      public String name() {
        return d.file() + ":" + d.line() + " (malformed example)";
      }

      @Override
      public ExampleResult run(Engine engine) {
        return new ExampleResult(name(), ExampleResult.Outcome.INVALID, d.message());
      }
    };
  }
}
