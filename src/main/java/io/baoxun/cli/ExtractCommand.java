package io.baoxun.cli;

import io.baoxun.check.CheckSet;
import io.baoxun.check.Severity;
import io.baoxun.io.AtomicOutput;
import io.baoxun.io.EarlierOutput;
import io.baoxun.io.HtmlReportWriter;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.io.ResultReader;
import io.baoxun.io.ResultWriter;
import io.baoxun.pipeline.CheckedRun;
import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.Input;
import io.baoxun.pipeline.Inputs;
import io.baoxun.pipeline.Limits;
import io.baoxun.pipeline.Sizes;
import io.baoxun.pipeline.RunProgress;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Output format: jsonl (default); html (one self-contained page for the run); brat (NAME.txt + NAME.ann per input) or csv (a CSV per fact type), both into the folder --out names.")
  String format;

  @Option(
      names = "--out",
      description = "Write to this file, atomically: the run writes .FILE.part beside it and renames it to FILE when it has finished; for brat and csv, this folder.")
  Path out;

  @Option(
      names = "--resume",
      description = "With --out: take the documents earlier runs already wrote completely to FILE (or to the partial file of a stopped run) instead of processing them again; documents with an error record are tried again.")
  boolean resume;

  @Option(
      names = "--time-budget",
      paramLabel = "SECONDS",
      description = "Processor time one document may take (default: 60; 0: no limit). A document over it gets an error record and the run goes on.")
  String timeBudget;

  @Option(
      names = "--max-doc-size",
      paramLabel = "SIZE",
      description = "The largest document read, e.g. 32M (the default), 500K; a larger one gets an error record. Documents within it are matched a window of articles at a time.")
  String maxDocSize;

  @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
  Integer threads;

  @Option(names = "--year", description = "The year of dates printed without one (never guessed otherwise).")
  Integer year;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

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
    if (!List.of("jsonl", "html", "brat", "csv").contains(format)) {
      err.println("baoxun: unknown --format '" + format + "' (known: jsonl, html, brat, csv)");
      return 2;
    }
    if (FolderFormats.isFolderFormat(format) && (out == null || Files.isRegularFile(out))) {
      err.println("baoxun: --format " + format + " writes a folder of files: give --out DIR" + (out == null ? "" : " (" + out + " is a file)"));
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
    Optional<Limits> limits = limits(err);
    if (limits.isEmpty()) {
      return 2;
    }
    if (resume && out == null) {
      err.println("baoxun: --resume needs --out FILE: it resumes what an earlier run wrote there");
      return 2;
    }
    if (resume && !format.equals("jsonl")) {
      err.println("baoxun: --resume reads back what an earlier run wrote, which needs --format jsonl");
      return 2;
    }
    Optional<Pack> loaded = Packs.load(main, pack, err);
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    ReadContext context = year == null ? ReadContext.NONE : ReadContext.ofYear(year);
    CorpusRunner runner = new CorpusRunner(new DocumentProcessor(loaded.get(), context, limits.get()), n);
    CheckSet checks = loaded.get().checks();
    long maxBytes = limits.get().maxDocBytes();
    CheckedRun.Outcome outcome;
    if (FolderFormats.isFolderFormat(format)) {
      outcome = FolderFormats.run(format, out, runner, checks, new Inputs(paths, System.in, maxBytes, doc -> Optional.empty()));
    } else if (out == null) {
      Writer w = spec.commandLine().getOut();
      try (ResultWriter writer = w instanceof ConsoleOut console && !format.equals("html")
              ? new JsonLinesWriter(console.bytes())
              : writer(w, loaded.get());
          RunProgress progress = TerminalProgress.forStandardError(paths)) {
        outcome = CheckedRun.run(
            runner, checks, inputs(writer, new Inputs(paths, System.in, maxBytes, doc -> Optional.empty())), writer, progress);
      }
    } else {
      AtomicOutput target;
      try {
        target = AtomicOutput.open(out);
      } catch (java.nio.file.NoSuchFileException e) {
        err.println("baoxun: cannot write --out " + out + ": no such folder " + out.toAbsolutePath().getParent());
        return 2;
      } catch (IOException e) {
        err.println("baoxun: cannot write --out " + out + ": " + e.getMessage());
        return 2;
      }
      // A run stopped from outside (Ctrl-C) ends without finally blocks: say where its work is.
      Thread notice =
          new Thread(() -> {
            if (!target.committed()) {
              err.println("baoxun: stopped; the output so far is in " + target.partial()
                  + " (" + out + " is unchanged); run again with --resume to continue");
              err.flush();
            }
          });
      Runtime.getRuntime().addShutdownHook(notice);
      try (target) {
        // Gathered before start() empties the partial file a stopped run left.
        EarlierOutput earlier =
            resume ? EarlierOutput.gather(target, new ResultReader(loaded.get())) : EarlierOutput.none();
        try (earlier;
            OutputStream o = target.start();
            ResultWriter writer = format.equals("html")
                ? writer(new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8)), loaded.get())
                : new JsonLinesWriter(o);
            RunProgress progress = TerminalProgress.forStandardError(paths)) {
          outcome = CheckedRun.run(
              runner, checks, inputs(writer, new Inputs(paths, System.in, maxBytes, earlier::result)), writer, progress);
        }
        target.commit();
      } finally {
        Runtime.getRuntime().removeShutdownHook(notice);
      }
    }
    // Inputs that could not be read make the run incomplete: that says more than its findings.
    if (outcome.unreadable() > 0) {
      return SOME_INPUTS_FAILED;
    }
    return least.isPresent() && outcome.failedAt(least.get()) ? CHECKS_FAILED : 0;
  }

  /** The writer of the format asked for, on characters. (JSON Lines on bytes is made above.) */
  private ResultWriter writer(Writer w, Pack p) throws IOException {
    return format.equals("html") ? new HtmlReportWriter(w, p) : new JsonLinesWriter(w);
  }

  /** The inputs; the HTML report keeps each until its result comes, to show its text. */
  private static Iterator<Input> inputs(ResultWriter writer, Inputs inputs) {
    return writer instanceof HtmlReportWriter html ? html.reading(inputs) : inputs;
  }

  private static BigDecimal seconds(String s) {
    try {
      BigDecimal b = new BigDecimal(s.strip());
      return b.signum() < 0 ? null : b;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The limits the options ask for, or empty after saying what is wrong with them. */
  private Optional<Limits> limits(PrintWriter err) {
    Limits l = Limits.DEFAULT;
    if (timeBudget != null) {
      BigDecimal seconds = seconds(timeBudget);
      if (seconds == null) {
        err.println("baoxun: --time-budget must be 0 (no limit) or a number of seconds, not '" + timeBudget + "'");
        return Optional.empty();
      }
      Duration budget = Duration.ofNanos(seconds.min(BigDecimal.valueOf(1_000_000_000L)).movePointRight(9).longValue());
      if (seconds.signum() > 0 && budget.isZero()) {
        err.println("baoxun: --time-budget " + timeBudget + " is less than a nanosecond; 0 means no limit");
        return Optional.empty();
      }
      l = l.withTimeBudget(seconds.signum() == 0 ? Optional.empty() : Optional.of(budget));
    }
    if (maxDocSize != null) {
      Optional<Long> bytes = Sizes.parse(maxDocSize).filter(b -> b > 0);
      if (bytes.isEmpty()) {
        err.println("baoxun: --max-doc-size must be a size such as 32M, 500K or 1G, not '" + maxDocSize + "'");
        return Optional.empty();
      }
      l = l.withMaxDocBytes(bytes.get());
    }
    return Optional.of(l);
  }
}
