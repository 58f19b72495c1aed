package io.baoxun.cli;

import io.baoxun.check.CheckSet;
import io.baoxun.check.Severity;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.io.ResultWriter;
import io.baoxun.pipeline.CheckedRun;
import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.Inputs;
import io.baoxun.pipeline.RunProgress;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun extract}: facts and the findings of the pack's checks from files, folders or
 * standard input, as JSON Lines. Exit 0; 3 when some inputs could not be read; with {@code
 * --fail-on SEVERITY}, 4 when a check of that severity or worse failed; 2 for usage errors and a
 * bad pack.
 */
@Command(
    name = "extract",
    description = "Extract facts from files, folders (recursive *.txt), .jsonl files (a document per line), or - for standard input.",
    sortOptions = false)
final class ExtractCommand implements Callable<Integer> {
  /** Exit status when some inputs could not be read (the others are still processed). */
  static final int SOME_INPUTS_FAILED = 3;
  /** Exit status with {@code --fail-on} when a check of that severity or worse failed. */
  static final int CHECKS_FAILED = 4;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl (default).")
  String format;

  @Option(names = "--out", description = "Write to this file (atomically: a temporary file renamed at the end).")
  Path out;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--year", description = "The year of dates printed without one (never guessed otherwise).")
  Integer year;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description = "Exit 4 when a check of this severity or worse fails: error, or warning (warnings and errors).")
  String failOn;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("jsonl")) {
      err.println("baoxun: unknown --format '" + format + "' (known: jsonl)");
      return 2;
    }
    Optional<Severity> least = failOn == null ? Optional.empty() : Severity.byLabel(failOn);
    if (failOn != null && least.isEmpty()) {
      err.println("baoxun: unknown --fail-on '" + failOn + "' (known: error, warning)");
      return 2;
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      err.println("baoxun: --threads must be at least 1");
      return 2;
    }
    Optional<Pack> loaded = Packs.load(pack, err);
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    ReadContext context = year == null ? ReadContext.NONE : ReadContext.ofYear(year);
    CorpusRunner runner = new CorpusRunner(new DocumentProcessor(loaded.get(), context), n);
    CheckSet checks = loaded.get().checks();
    CheckedRun.Outcome outcome;
    if (out == null) {
      Writer w = spec.commandLine().getOut();
      try (ResultWriter writer = new JsonLinesWriter(w);
          RunProgress progress = TerminalProgress.forStandardError(paths)) {
        outcome = CheckedRun.run(runner, checks, new Inputs(paths, System.in), writer, progress);
      }
    } else {
      Path parent = out.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(parent, "." + out.getFileName() + ".", ".part");
      try {
        try (Writer w =
                new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8));
            ResultWriter writer = new JsonLinesWriter(w);
            RunProgress progress = TerminalProgress.forStandardError(paths)) {
          outcome = CheckedRun.run(runner, checks, new Inputs(paths, System.in), writer, progress);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    // Inputs that could not be read make the run incomplete: that says more than its findings.
    if (outcome.unreadable() > 0) {
      return SOME_INPUTS_FAILED;
    }
    return least.isPresent() && outcome.failedAt(least.get()) ? CHECKS_FAILED : 0;
  }
}
