package io.baoxun.regress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.pipeline.DocumentResult;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Golden snapshots: where the snapshot of an input lives ({@code GOLDEN_DIR/<input file name>.jsonl}),
 * what a document's snapshot holds (its JSON Lines, as {@code extract} writes them), and the
 * readable difference between a snapshot and today's output.
 */
public final class Snapshots {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Snapshots() {}

  /** {@code seeds/000_x.txt} → {@code GOLDEN_DIR/000_x.jsonl}; a {@code .jsonl} input keeps its name. */
  public static Path of(Path goldenDir, String inputName) {
    String file = Path.of(inputName).getFileName().toString();
    int dot = file.lastIndexOf('.');
    String base = dot > 0 ? file.substring(0, dot) : file;
    return goldenDir.resolve(base + ".jsonl");
  }

  /** A document's records, exactly as {@code extract} writes them and a snapshot holds them. */
  public static String records(DocumentResult result) {
    StringWriter now = new StringWriter();
    new JsonLinesWriter(now).accept(result);
    return now.toString();
  }

  /**
   * Today's records as if the input had the snapshot's name: snapshots are matched by file name,
   * so a copy of a seed elsewhere compares with the seed's snapshot.
   */
  public static String renamedLike(String records, String doc, String snapshot) {
    String snapshotDoc = docOf(snapshot);
    if (snapshotDoc == null || snapshotDoc.equals(doc)) {
      return records;
    }
    return records.replace("\"doc\":" + quoted(doc), "\"doc\":" + quoted(snapshotDoc));
  }

  /**
   * The fact-level difference between a snapshot and today's records of the same document, one
   * line each, empty when they are the same: {@code ~ Quantity bulletin.quantity 5917-5925 (line
   * 421) «78.4 万人次»} then {@code value: 794000 → 784000}; {@code +} for a fact that appeared,
   * {@code -} for one that is gone; then the other records (document, findings) that differ.
   *
   * @param original the document's text, to name the line of each fact; null when unknown
   */
  public static List<String> diff(String snapshot, String today, String original) {
    List<String> out = new ArrayList<>();
    if (snapshot.equals(today)) {
      return out;
    }
    for (SnapshotDiff.Change c : SnapshotDiff.between(FactRecords.parse(snapshot), FactRecords.parse(today))) {
      GoldFact f = c.fact();
      String where = f.type() + " " + f.rule() + " " + f.span().start() + "-" + f.span().end()
          + lineOf(original, f.span().start()) + " «" + f.text().replace("\n", "⏎") + "»";
      if (c instanceof SnapshotDiff.Added) {
        out.add("+ " + where + " " + f.fields());
      } else if (c instanceof SnapshotDiff.Removed) {
        out.add("- " + where + " " + f.fields());
      } else {
        out.add("~ " + where);
        ((SnapshotDiff.Changed) c).fields().forEach(l -> out.add("    " + l));
      }
    }
    List<String> otherWas = snapshot.lines().filter(l -> !l.contains("\"kind\":\"fact\"")).toList();
    List<String> otherIs = today.lines().filter(l -> !l.contains("\"kind\":\"fact\"")).toList();
    otherWas.stream().filter(l -> !otherIs.contains(l)).forEach(l -> out.add("- " + l));
    otherIs.stream().filter(l -> !otherWas.contains(l)).forEach(l -> out.add("+ " + l));
    if (out.isEmpty()) {
      // Same facts and records, yet not the same bytes (order, or a line written differently).
      out.add("~ the records are the same but not in the same order or form");
    }
    return out;
  }

  private static String docOf(String snapshot) {
    String first = snapshot.lines().findFirst().orElse("");
    try {
      return first.isEmpty() ? null : JSON.readTree(first).path("doc").asText(null);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private static String quoted(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a string always writes as JSON", e);
    }
  }

  /** " (line 87)" for a code point offset of the text, or "" without a text. */
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
}
