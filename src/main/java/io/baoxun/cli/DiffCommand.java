package io.baoxun.cli;

import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Inputs;
import io.baoxun.regress.Snapshots;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoxun diff}: today's facts against golden snapshots, fact by fact. */
@Command(
    name = "diff",
    description = "Compare today's output with golden snapshots (GOLDEN_DIR/<input name>.jsonl); exit 1 on any change.")
final class DiffCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--update", description = "Rewrite the snapshots with today's output.")
  boolean update;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

  @Parameters(index = "0", paramLabel = "GOLDEN_DIR", description = "The folder of snapshots.")
  Path goldenDir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "The inputs.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Pack> loaded = Packs.load(main, pack, spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    List<String> report = new ArrayList<>();
    int[] changed = {0};
    new CorpusRunner(new DocumentProcessor(loaded.get(), ReadContext.NONE), Runtime.getRuntime().availableProcessors())
        .run(new Inputs(paths, System.in), r -> {
          try {
            changed[0] += compare(r, report);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    report.forEach(out::println);
    if (update) {
      out.println(changed[0] == 0 ? "snapshots up to date" : "updated " + changed[0] + " snapshot(s)");
      return 0;
    }
    out.println(changed[0] == 0 ? "no changes" : changed[0] + " document(s) changed");
    return changed[0] == 0 ? 0 : 1;
  }

  /** Compares (or rewrites) one document's snapshot; returns 1 when it differs. */
  private int compare(DocumentResult result, List<String> report) throws IOException {
    String now = Snapshots.records(result);
    Path snapshot = Snapshots.of(goldenDir, result.doc());
    String before = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : null;
    String today = before == null ? now : Snapshots.renamedLike(now, result.doc(), before);
    if (today.equals(before)) {
      return 0;
    }
    if (update) {
      Files.createDirectories(snapshot.toAbsolutePath().getParent());
      Files.writeString(snapshot, now, StandardCharsets.UTF_8);
      report.add("updated " + snapshot);
      return 1;
    }
    report.add(result.doc() + " (" + snapshot + ")");
    if (before == null) {
      report.add("  no snapshot yet: run with --update to write it");
      return 1;
    }
    Snapshots.diff(before, today, originalText(result.doc())).forEach(l -> report.add("  " + l));
    return 1;
  }

  private static String originalText(String doc) {
    try {
      Path p = Path.of(doc);
      if (!Files.isRegularFile(p)) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(p);
      return io.baoxun.text.Decoder.decode(bytes) instanceof io.baoxun.text.DecodeResult.Decoded d ? d.text() : null;
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return null;
    }
  }
}
