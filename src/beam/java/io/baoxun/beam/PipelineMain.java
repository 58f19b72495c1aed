package io.baoxun.beam;

import io.baoxun.check.Severity;
import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.PackLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code baoxun pipeline}: the records of {@code extract}, made by an Apache Beam pipeline on the
 * runner named, written as JSON Lines shards {@code DIR/records-SSSSS-of-NNNNN.jsonl}. Exit 0; 3
 * when some inputs could not be read; with {@code --fail-on}, 4 when a check of that severity or
 * worse failed; 2 for usage errors and a bad pack; 1 when the pipeline itself failed.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    version = "baoxun 0.1.0",
    sortOptions = false,
    description = {
      "Extract facts with an Apache Beam pipeline: the records of extract, as JSON Lines shards under DIR.",
      "Other options of the runner go through as --name=value (--flinkMaster=HOST:PORT, --parallelism=N, ...)."
    })
public final class PipelineMain implements Callable<Integer> {
  /** Output files: {@code records-00000-of-00004.jsonl}. */
  public static final String SHARD_PREFIX = "records";
  public static final String SHARD_SUFFIX = ".jsonl";

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--runner", required = true, paramLabel = "NAME",
      description = "The Beam runner: DirectRunner (this machine), FlinkRunner (--flinkMaster=[local] or HOST:PORT).")
  String runner;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the shards (made if missing).")
  String out;

  @Option(names = "--pack", paramLabel = "DIR", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @Option(names = "--year", paramLabel = "YYYY", description = "The year of dates printed without one (never guessed otherwise).")
  Integer year;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit 4 when a check of this severity or worse fails: error, or warning (warnings and errors).")
  String failOn;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive *.txt), .jsonl files, or - for standard input.")
  List<String> paths;

  @Unmatched List<String> runnerOptions = new ArrayList<>();

  private final InputStream stdin;

  PipelineMain(InputStream stdin) {
    this.stdin = stdin;
  }

  public static void main(String[] args) {
    quietLogs();
    System.exit(run(System.in, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
  }

  /** The testable entry point: returns the exit status. */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new PipelineMain(stdin));
    cl.setCommandName("baoxun pipeline");
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("baoxun: " + ex.getMessage());
      return 2;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("baoxun: internal error: " + ex);
      return 70;
    });
    int status = cl.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Severity> least = failOn == null ? Optional.empty() : Severity.byLabel(failOn);
    if (failOn != null && least.isEmpty()) {
      err.println("baoxun: unknown --fail-on '" + failOn + "' (known: error, warning)");
      return 2;
    }
    for (String o : runnerOptions) {
      if (!o.startsWith("--") || !o.contains("=")) {
        err.println("baoxun: unknown option '" + o + "' (options of the runner are written --name=value)");
        return 2;
      }
    }
    PipelineOptions options;
    try {
      List<String> beamArgs = new ArrayList<>(runnerOptions);
      beamArgs.add("--runner=" + runner);
      // No transform of baoxun changes an element it is given, so Flink may hand elements on
      // between chained steps without the defensive copy it makes by default.
      if (runner.equals("FlinkRunner") && runnerOptions.stream().noneMatch(o -> o.startsWith("--fasterCopy="))) {
        beamArgs.add("--fasterCopy=true");
      }
      options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).withValidation().create();
    } catch (IllegalArgumentException e) {
      err.println("baoxun: " + firstLine(e.getMessage()));
      return 2;
    }
    // The pack is loaded here first so that its problems are shown before anything runs.
    Path packDir = PackLocation.resolve(pack);
    try {
      PackLoader.load(packDir);
    } catch (PackException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.render());
      }
      int n = e.diagnostics().size();
      err.println(n + (n == 1 ? " problem" : " problems") + " in the pack");
      return 2;
    }
    options.setJobName("baoxun-pipeline");
    ShardsFolder shards;
    try {
      shards = ShardsFolder.prepare(out, options);
    } catch (IOException | RuntimeException e) {
      err.println("baoxun: cannot write to --out " + out + ": " + firstLine(String.valueOf(e.getMessage())));
      return 2;
    }

    Pipeline p = Pipeline.create(options);
    ExtractRecords extract = ExtractRecords.with(PackSnapshot.of(packDir));
    if (year != null) {
      extract = extract.withYear(year);
    }
    p.apply("ReadInputs", ReadInputs.from(paths, stdin))
        .apply("ExtractRecords", extract)
        .apply("WriteShards", TextIO.write().to(shards.prefix()).withSuffix(SHARD_SUFFIX));

    PipelineResult result;
    PipelineResult.State state;
    try {
      result = p.run();
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      err.println("baoxun: the pipeline failed: " + rootMessage(e));
      return 1;
    }
    if (state != PipelineResult.State.DONE) {
      err.println("baoxun: the pipeline ended " + state);
      return 1;
    }
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace(ExtractRecords.METRICS)).build());
    long unreadable = counter(metrics, ExtractRecords.UNREADABLE);
    err.println("baoxun: wrote " + shards.describe());
    if (unreadable > 0) {
      return 3;
    }
    if (least.isPresent()) {
      for (Severity s : Severity.values()) {
        if (s.atLeast(least.get()) && counter(metrics, ExtractRecords.failed(s.label())) > 0) {
          return 4;
        }
      }
    }
    return 0;
  }

  private static long counter(MetricQueryResults metrics, String name) {
    long sum = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      if (c.getName().getName().equals(name)) {
        // Attempted, not committed: not every runner commits metrics, and a retried bundle that
        // counted an unreadable input still read that input.
        sum += c.getAttempted();
      }
    }
    return sum;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return firstLine(t.getMessage() == null ? t.toString() : t.getMessage());
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Runner logs are for operators; the terminal shows baoxun's own one-line messages, and the
   * runners' warnings only. Flink warns about every long operator name and Beam's file sink about
   * cleaning up temporary files that were already moved: not worth a user's attention. A {@code
   * -Dorg.slf4j.simpleLogger...} given on the command line wins.
   */
  private static void quietLogs() {
    String prefix = "org.slf4j.simpleLogger.";
    java.util.Map<String, String> levels = java.util.Map.of(
        "defaultLogLevel", "warn",
        "log.org.apache.flink", "error",
        "log.org.apache.beam.sdk.io.FileBasedSink", "error");
    levels.forEach((k, v) -> {
      if (System.getProperty(prefix + k) == null) {
        System.setProperty(prefix + k, v);
      }
    });
  }
}
