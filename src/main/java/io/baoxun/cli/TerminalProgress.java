package io.baoxun.cli;

import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.pipeline.RunProgress;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of an {@code extract} run on standard error, when that is a terminal: megabytes
 * read of the total, MB/s and the time left, and documents, facts and failed checks so far. Where
 * standard error is a file or a pipe nothing is shown, so logs and scripts stay clean.
 */
final class TerminalProgress implements RunProgress {
  private static final int MB = 1024 * 1024;

  private final ProgressBar bar;
  private long documents;
  private long facts;
  private long failedChecks;

  private TerminalProgress(ProgressBar bar) {
    this.bar = bar;
  }

  /** A progress bar for a run over {@code paths}, or nothing when standard error is no terminal. */
  static RunProgress forStandardError(List<String> paths) {
    if (!standardErrorIsTerminal()) {
      return RunProgress.NONE;
    }
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName("extract")
            .setInitialMax(totalBytes(paths))
            .setUnit(" MB", MB)
            .showSpeed()
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
            .build();
    return new TerminalProgress(bar);
  }

  @Override
  public void read(Input input) {
    if (input instanceof Input.Bytes b) {
      bar.stepBy(b.bytes().length);
    } else if (input instanceof Input.Text t) {
      bar.stepBy(t.text().getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Override
  public void written(DocumentResult result, int failed) {
    documents++;
    failedChecks += failed;
    if (result instanceof DocumentResult.Processed p) {
      facts += p.facts().size();
    }
    bar.setExtraMessage(documents + " docs " + facts + " facts " + failedChecks + " failed");
  }

  @Override
  public void close() {
    bar.close();
  }

  /**
   * Java 17 cannot ask whether standard error is a terminal ({@code System.console()} also wants
   * standard output, which a run usually redirects); on Linux its file descriptor says.
   */
  static boolean standardErrorIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // fall through to the portable, narrower test
    }
    return System.console() != null;
  }

  /** The bytes the run will read, for the time left; -1 (unknown) with standard input. */
  private static long totalBytes(List<String> paths) {
    long total = 0;
    for (String a : paths) {
      if (a.equals("-")) {
        return -1;
      }
      Path p = Path.of(a);
      try {
        if (Files.isDirectory(p)) {
          try (Stream<Path> s = Files.walk(p)) {
            total += s.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).mapToLong(TerminalProgress::size).sum();
          }
        } else if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      } catch (IOException | UncheckedIOException e) {
        // an input that cannot be read is reported by the run; the total is a guess anyway
      }
    }
    return total;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return 0;
    }
  }
}
