package io.baoxun.beam;

import io.baoxun.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs of {@code extract} and {@code pipeline} on the same input, their records as sorted lines. */
final class Runs {
  private Runs() {}

  /** One run: exit status, the records (sorted), standard error. */
  record Run(int status, List<String> records, String err) {}

  static Run extract(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("extract", "--threads", "2"));
    all.addAll(args);
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), all.toArray(String[]::new));
    return new Run(status, sorted(out.toString().lines().toList()), err.toString());
  }

  /** {@code baoxun pipeline --out DIR ARGS...}; the records are those of every shard under DIR. */
  static Run pipeline(Path outDir, List<String> args) {
    return pipeline(outDir, args, "");
  }

  static Run pipeline(Path outDir, List<String> args, String stdin) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--out", outDir.toString()));
    all.addAll(args);
    int status = PipelineMain.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out), new PrintWriter(err),
        all.toArray(String[]::new));
    return new Run(status, shards(outDir), err.toString());
  }

  static List<String> shards(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.filter(p -> p.getFileName().toString().matches("records-\\d+-of-\\d+\\.jsonl")).toList()) {
        lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sorted(lines);
  }

  private static List<String> sorted(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    out.sort(null);
    return out;
  }
}
