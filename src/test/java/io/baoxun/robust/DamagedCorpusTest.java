package io.baoxun.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end promise: a folder of several hundred damaged copies of the seeds and the
 * extreme files (50,000 nested parentheses, 2 MB of digits, a 6 MB line, NUL bytes, BOMs, CR, bare
 * whitespace...) runs through {@code extract} in a JVM of 512 MB to the end; every file is in the
 * output once, as a document or an error; no stack trace; exit 0 or 3. Time is bounded by the
 * time budget per document, not asserted.
 */
class DamagedCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception in thread|^\\S+(Exception|Error)(:|$)");
  /** Seeds are 5 pages: 5 x 60 copies and the extreme files, several hundred in all. */
  private static final int COPIES = 60;

  @TempDir Path dir;

  @Test
  void everyDamagedFileEndsAsADocumentOrAnErrorAndNothingElseBreaks() throws Exception {
    Path corpus = dir.resolve("corpus");
    List<Path> files = DamagedCorpus.write(corpus, COPIES, 7L);
    Path jsonl = dir.resolve("lines.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"j1\",\"text\":\"截至3月20日12时，全市完成核酸检测518.3万人次。\"}",
        "{\"id\":\"j2\",\"text\":",
        "{\"id\":\"j3\"}",
        "[1,2,3]",
        "{\"id\":\"j5\",\"text\":\"" + "（".repeat(5_000) + "\"}",
        "") + "\u0000\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.jsonl");

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"),
        "io.baoxun.cli.Main", "extract", "--threads", "2", "--time-budget", "10",
        "--out", out.toString(), corpus.toString(), jsonl.toString()));
    Process p = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .start();
    // Not a measure of speed: only that a run which never ends fails the build instead of hanging it.
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("extract over the damaged corpus did not end");
    }
    String stderr = Files.readString(dir.resolve("stderr"));
    assertThat(p.exitValue()).as(stderr).isIn(0, 3);
    assertThat(stderr).doesNotContainPattern(STACK_FRAME);
    assertThat(stderr.strip()).isEmpty();
    assertThat(Files.readString(dir.resolve("stdout"))).isEmpty();

    Map<String, String> outcome = new HashMap<>();
    Map<String, List<JsonNode>> facts = new HashMap<>();
    for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
      JsonNode r = JSON.readTree(line);
      String doc = r.get("doc").asText();
      switch (r.get("kind").asText()) {
        case "document", "error" -> {
          String kind = r.get("kind").asText() + (r.has("message") ? ": " + r.get("message").asText() : "");
          assertThat(outcome.put(doc, kind)).as("%s reported twice", doc).isNull();
        }
        case "fact" -> facts.computeIfAbsent(doc, d -> new ArrayList<>()).add(r);
        case "finding" -> assertThat(r.get("status").asText()).isIn("pass", "fail", "skip");
        default -> throw new AssertionError("unknown record " + line);
      }
    }
    List<String> expected = new ArrayList<>(files.stream().map(Path::toString).toList());
    expected.addAll(List.of("j1", jsonl + ":2", jsonl + ":3", jsonl + ":4", "j5", jsonl + ":6"));
    assertThat(outcome.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(outcome.values()).allSatisfy(o -> assertThat(o).doesNotContain("internal error", "nested too deeply"));
    assertThat(outcome.values()).filteredOn(o -> o.equals("document")).hasSizeGreaterThan(COPIES * 5 / 3);

    String extreme = corpus.resolve("extreme") + "/";
    assertThat(outcome.get(extreme + "parens-50000.txt")).isEqualTo("document");
    assertThat(outcome.get(extreme + "digits-2mb.txt")).isEqualTo("document");
    assertThat(outcome.get(extreme + "empty.txt")).isEqualTo("document");
    assertThat(outcome.get(extreme + "whitespace.txt")).isEqualTo("document");
    assertThat(outcome.get(extreme + "utf16le.txt")).isEqualTo("document");
    assertThat(outcome.get(extreme + "binary.txt")).startsWith("error: ");
    assertThat(outcome.get(extreme + "nul-bytes.txt")).startsWith("error: binary content (NUL byte) at byte ");
    // Either done, in windows, or stopped by its budget: never lost, never a crash.
    assertThat(outcome.get(extreme + "line-6mb.txt"))
        .matches("document|error: took more than its time budget of 10 s \\(--time-budget\\); not processed");

    // Every fact still points at its exact original text.
    for (Path f : files) {
      List<JsonNode> found = facts.getOrDefault(f.toString(), List.of());
      if (found.isEmpty()) {
        continue;
      }
      int[] cps = ((DecodeResult.Decoded) Decoder.decode(Files.readAllBytes(f))).text().codePoints().toArray();
      for (JsonNode fact : found) {
        int start = fact.get("start").asInt();
        int end = fact.get("end").asInt();
        assertThat(fact.get("text").asText()).as("%s %s", f, fact.get("id")).isEqualTo(new String(cps, start, end - start));
      }
    }
  }
}
