package io.baoxun.cli;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.pipeline.CheckExamples;
import io.baoxun.rule.ExampleResult;
import io.baoxun.rule.ExampleRunner;
import io.baoxun.rule.Pack;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun check}: runs every example of the pack and prints each failure, then {@code N
 * passed, N failed}. Exit 0 when all pass, 1 when some fail, 2 when the pack does not load.
 */
@Command(name = "check", description = "Run every example written in the pack's rule, check and grammar files.", sortOptions = false)
final class CheckCommand implements Callable<Integer> {
  static final int SOME_FAILED = 1;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

  @Option(names = {"-v", "--verbose"}, description = "Also list the examples that pass.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    java.util.Optional<Pack> found = Packs.load(main, pack, err);
    if (found.isEmpty()) {
      return Packs.BAD_PACK;
    }
    Pack loaded = found.get();
    ExampleRunner.Report report = CheckExamples.runnerFor(loaded).run();
    for (ExampleResult r : report.results()) {
      if (!r.passed()) {
        out.println("FAIL " + r.name());
        r.detail().lines().forEach(l -> out.println("     " + l));
      } else if (verbose) {
        out.println("ok   " + r.name());
      }
    }
    out.println(report.summary());
    return report.failed() > 0 ? SOME_FAILED : 0;
  }

  /** Each problem with its source line and caret, then how many there were. */
  static void printDiagnostics(PrintWriter err, PackException e) {
    for (Diagnostic d : e.diagnostics()) {
      err.println(d.render());
    }
    int n = e.diagnostics().size();
    err.println(n + (n == 1 ? " problem" : " problems") + " in the pack");
  }
}
