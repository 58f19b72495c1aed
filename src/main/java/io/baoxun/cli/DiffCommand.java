package io.baoxun.cli;

import io.baoxun.io.JsonLinesWriter;
import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Inputs;
import io.baoxun.regress.FactRecords;
import io.baoxun.regress.GoldFact;
import io.baoxun.regress.SnapshotDiff;
import io.baoxun.regress.Snapshots;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

  @Parameters(index = "0", paramLabel = "GOLDEN_DIR", description = "The folder of snapshots.")
  Path goldenDir;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "The inputs.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Optional<Pack> loaded = Packs.load(pack, spec.commandLine().getErr());
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
    StringWriter now = new StringWriter();
    new JsonLinesWriter(now).accept(result);
    Path snapshot = Snapshots.of(goldenDir, result.doc());
    String before = Files.exists(snapshot) ? Files.readString(snapshot, StandardCharsets.UTF_8) : null;
    String today = before == null ? now.toString() : asDoc(now.toString(), result.doc(), docOf(before));
    if (today.equals(before)) {
      return 0;
    }
    if (update) {
      Files.createDirectories(snapshot.toAbsolutePath().getParent());
      Files.writeString(snapshot, now.toString(), StandardCharsets.UTF_8);
      report.add("updated " + snapshot);
      return 1;
    }
    report.add(result.doc() + " (" + snapshot + ")");
    if (before == null) {
      report.add("  no snapshot yet: run with --update to write it");
      return 1;
    }
    List<GoldFact> was = FactRecords.parse(before);
    List<GoldFact> is = FactRecords.parse(today);
    String original = originalText(result.doc());
    for (SnapshotDiff.Change c : SnapshotDiff.between(was, is)) {
      GoldFact f = c.fact();
      String where = f.type() + " " + f.rule() + " " + f.span().start() + "-" + f.span().end()
          + lineOf(original, f.span().start()) + " «" + f.text().replace("\n", "⏎") + "»";
      if (c instanceof SnapshotDiff.Added) {
        report.add("  + " + where + " " + f.fields());
      } else if (c instanceof SnapshotDiff.Removed) {
        report.add("  - " + where + " " + f.fields());
      } else {
        report.add("  ~ " + where);
        ((SnapshotDiff.Changed) c).fields().forEach(l -> report.add("      " + l));
      }
    }
    List<String> headerWas = before.lines().filter(l -> !l.contains("\"kind\":\"fact\"")).toList();
    List<String> headerIs = today.lines().filter(l -> !l.contains("\"kind\":\"fact\"")).toList();
    if (!headerWas.equals(headerIs)) {
      headerWas.stream().filter(l -> !headerIs.contains(l)).forEach(l -> report.add("  - " + l));
      headerIs.stream().filter(l -> !headerWas.contains(l)).forEach(l -> report.add("  + " + l));
    }
    return 1;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * Today's records as if the input had the snapshot's name: snapshots are matched by file name,
   * so a copy of a seed elsewhere compares with the seed's snapshot.
   */
  private static String asDoc(String records, String doc, String snapshotDoc) throws IOException {
    if (snapshotDoc == null || snapshotDoc.equals(doc)) {
      return records;
    }
    return records.replace("\"doc\":" + JSON.writeValueAsString(doc), "\"doc\":" + JSON.writeValueAsString(snapshotDoc));
  }

  private static String docOf(String snapshot) throws IOException {
    String first = snapshot.lines().findFirst().orElse("");
    return first.isEmpty() ? null : JSON.readTree(first).path("doc").asText(null);
  }

  /** " (line 87)" for a code point offset of the input, when the input is a readable file. */
  private static String lineOf(String original, int offset) {
    if (original == null) {
      return "";
    }
    int line = 1;
    int cp = 0;
    for (int i = 0; i < original.length() && cp < offset; cp++) {
      int c = original.codePointAt(i);
      if (c == '\n') {
        line++;
      }
      i += Character.charCount(c);
    }
    return " (line " + line + ")";
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
