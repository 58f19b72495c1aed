package io.baoxun.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code baoxun} command line. Only {@link #main} calls {@code System.exit}. */
@Command(
    name = "baoxun",
    mixinStandardHelpOptions = true,
    version = "baoxun 0.1.0",
    description = "Rule-based information extraction for Chinese news reports.",
    footer = {
      "",
      "Also: ./baoxun pipeline --runner NAME --out DIR PATH...",
      "  runs a pack as an Apache Beam pipeline (the launcher builds it on first use; see README)."
    },
    subcommands = {
      ExtractCommand.class,
      CheckCommand.class,
      ExplainCommand.class,
      ServeCommand.class,
      ValuesCommand.class,
      DiffCommand.class,
      EvalCommand.class,
      CoverageCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final EarlyPack early;

  Main() {
    this(EarlyPack.NONE);
  }

  private Main(EarlyPack early) {
    this.early = early;
  }

  /** The pack loading since before the command line was parsed (see {@link Packs#load}). */
  EarlyPack early() {
    return early;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(new ConsoleOut(System.out),
        new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8), args));
  }

  /** The testable entry point: returns the exit status. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // The pack starts loading first: building the command line takes picocli a tenth of a second.
    CommandLine cl = new CommandLine(new Main(EarlyPack.start(args)));
    // Every subcommand takes --help and --version too: `baoxun extract --help` shows extract's
    // options instead of complaining that PATH is missing. (Not by inheriting, which would repeat
    // Main's footer under every subcommand.)
    for (CommandLine sub : cl.getSubcommands().values()) {
      sub.getCommandSpec().mixinStandardHelpOptions(true).version(cl.getCommandSpec().version());
    }
    cl.setOut(out);
    cl.setErr(err);
    // Usage errors: one line saying what is wrong, exit 2 (the contract).
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println("baoxun: " + ex.getMessage());
          return 2;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("baoxun: internal error: " + ex);
          return 70;
        });
    int status;
    try {
      status = cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli hands on errors that are not exceptions; the user still gets one line, no trace.
      err.println("baoxun: internal error: " + e + (e instanceof OutOfMemoryError ? " (more heap: BAOXUN_JAVA_OPTS=-Xmx2g)" : ""));
      status = 70;
    }
    out.flush();
    err.flush();
    return status;
  }
}
