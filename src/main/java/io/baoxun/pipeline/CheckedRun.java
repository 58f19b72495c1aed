package io.baoxun.pipeline;

import com.google.common.collect.Iterators;
import io.baoxun.check.CheckSet;
import io.baoxun.check.CrossDocumentChecker;
import io.baoxun.check.FactRef;
import io.baoxun.check.Finding;
import io.baoxun.check.Severity;
import io.baoxun.io.ResultWriter;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A whole run: every document through the {@link CorpusRunner} to the writer, in input order, each
 * with the findings of its own checks; then the findings of the checks across documents, after all
 * documents. The cross-document checker is fed here, on the writing thread, in input order, so the
 * output is the same at any thread count.
 */
public final class CheckedRun {
  private CheckedRun() {}

  /**
   * What a run came to.
   *
   * @param unreadable how many inputs could not be read
   * @param failed how many findings failed, by the severity of their check
   */
  public record Outcome(int unreadable, Map<Severity, Integer> failed) {
    public Outcome {
      failed = Map.copyOf(failed);
    }

    /** Whether a check of {@code least} severity or worse failed ({@code --fail-on}). */
    public boolean failedAt(Severity least) {
      return failed.entrySet().stream().anyMatch(e -> e.getKey().atLeast(least) && e.getValue() > 0);
    }
  }

  public static Outcome run(CorpusRunner runner, CheckSet checks, Iterator<Input> inputs, ResultWriter writer) {
    return run(runner, checks, inputs, writer, RunProgress.NONE);
  }

  /** As {@link #run(CorpusRunner, CheckSet, Iterator, ResultWriter)}, reporting to {@code progress}. */
  public static Outcome run(
      CorpusRunner runner, CheckSet checks, Iterator<Input> inputs, ResultWriter writer, RunProgress progress) {
    CrossDocumentChecker across = checks.newCrossDocumentChecker();
    Map<Severity, Integer> failed = new EnumMap<>(Severity.class);
    boolean acrossDocuments = !across.isEmpty();
    int unreadable =
        runner.run(
            reported(inputs, progress),
            // On the worker: the output, and the facts as the checks across documents read them.
            r -> new Ready(
                writer.prepare(r),
                acrossDocuments && r instanceof DocumentResult.Processed p
                    ? DocumentFacts.refs(p.doc(), p.facts())
                    : null),
            (r, ready) -> {
              writer.accept(ready.output());
              if (r instanceof DocumentResult.Processed p) {
                p.findings().forEach(f -> tally(f, failed));
                if (ready.refs() != null) {
                  across.observe(ready.refs());
                }
                progress.written(r, (int) p.findings().stream().filter(f -> f.status().equals("fail")).count());
              } else {
                progress.written(r, 0);
              }
            });
    for (CrossDocumentChecker.Located l : across.findings()) {
      writer.writeFinding(l.doc(), l.finding());
      tally(l.finding(), failed);
    }
    return new Outcome(unreadable, failed);
  }

  /** What a worker makes of a result for the writing thread. */
  private record Ready(ResultWriter.Prepared output, List<FactRef> refs) {}

  private static Iterator<Input> reported(Iterator<Input> inputs, RunProgress progress) {
    if (progress == RunProgress.NONE) {
      return inputs;
    }
    return Iterators.transform(inputs, in -> {
      progress.read(in);
      return in;
    });
  }

  private static void tally(Finding f, Map<Severity, Integer> failed) {
    if (f.status().equals("fail")) {
      Severity.byLabel(f.severity()).ifPresent(s -> failed.merge(s, 1, Integer::sum));
    }
  }
}
