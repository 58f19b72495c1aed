package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baoxun extract} as a user runs it, through {@link Main#run}. */
class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS = Path.of("seeds");
  private static final Path SEED = SEEDS.resolve("000_346f90c6c90c1c6c.txt");

  @TempDir Path dir;

  record Run(int status, String out, String err) {
    List<JsonNode> records() {
      return out.lines().map(ExtractCommandTest::parse).toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test
  void everyFactTextIsTheOriginalSlice() throws IOException {
    Run r = run("extract", SEEDS.toString());
    assertThat(r.status()).isZero();
    Map<String, int[]> texts = new HashMap<>();
    int facts = 0;
    for (JsonNode rec : r.records()) {
      if (!rec.get("kind").asText().equals("fact")) {
        continue;
      }
      facts++;
      String doc = rec.get("doc").asText();
      int[] cps = texts.computeIfAbsent(doc, d -> codePoints(Path.of(d)));
      int start = rec.get("start").asInt();
      int end = rec.get("end").asInt();
      assertThat(new String(cps, start, end - start)).as("fact %s", rec).isEqualTo(rec.get("text").asText());
    }
    assertThat(facts).isGreaterThan(0);
  }

  @Test
  void eachSeedPageIsSplitIntoArticles() {
    Run r = run("extract", SEEDS.toString());
    Map<String, Long> articles =
        r.records().stream()
            .filter(x -> x.get("kind").asText().equals("fact") && x.get("type").asText().equals("Article"))
            .collect(Collectors.groupingBy(x -> x.get("doc").asText(), Collectors.counting()));
    assertThat(articles).hasSize(5);
    assertThat(articles.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
    assertThat(articles.values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(45);
    // The document record states the same count.
    r.records().stream()
        .filter(x -> x.get("kind").asText().equals("document"))
        .forEach(d -> assertThat(d.get("articles").asLong()).isEqualTo(articles.get(d.get("doc").asText())));
  }

  @Test
  void badInputsGetErrorRecordsAndTheRestIsProcessed() throws IOException {
    Files.copy(SEED, dir.resolve("a_seed.txt"));
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    Files.write(dir.resolve("b_gb18030.txt"), text.getBytes(Charset.forName("GB18030")));
    // 33 three-byte characters, then a lead byte followed by a non-continuation byte at byte 99.
    byte[] head = "本报讯".repeat(11).getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(head, head.length + 2);
    broken[head.length] = (byte) 0xC3;
    broken[head.length + 1] = (byte) 0x41;
    Files.write(dir.resolve("c_broken.txt"), broken);
    byte[] binary = new byte[4096];
    new java.util.Random(7).nextBytes(binary);
    binary[10] = 0;
    Files.write(dir.resolve("d_binary.txt"), binary);
    Files.write(dir.resolve("e_empty.txt"), new byte[0]);

    Run r = run("extract", dir.toString());

    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    List<JsonNode> recs = r.records();
    Map<String, JsonNode> heads = new HashMap<>();
    for (JsonNode x : recs) {
      String kind = x.get("kind").asText();
      if (kind.equals("document") || kind.equals("error")) {
        heads.put(Path.of(x.get("doc").asText()).getFileName().toString(), x);
      }
    }
    assertThat(heads.get("a_seed.txt").get("kind").asText()).isEqualTo("document");
    assertThat(heads.get("b_gb18030.txt").get("encoding").asText()).isEqualTo("GB18030");
    assertThat(heads.get("c_broken.txt").get("kind").asText()).isEqualTo("error");
    assertThat(heads.get("c_broken.txt").get("message").asText()).contains("at byte 99");
    assertThat(heads.get("d_binary.txt").get("kind").asText()).isEqualTo("error");
    assertThat(heads.get("e_empty.txt").get("kind").asText()).isEqualTo("document");
    assertThat(heads.get("e_empty.txt").get("chars").asInt()).isZero();
    // The GB18030 copy gives the same facts as the UTF-8 original.
    assertThat(factsOf(recs, "b_gb18030.txt")).isEqualTo(factsOf(recs, "a_seed.txt")).isNotEmpty();
  }

  @Test
  void outputIsTheSameOnEveryRunAndThreadCount() {
    Run one = run("extract", "--threads", "1", SEEDS.toString());
    Run two = run("extract", "--threads", "2", SEEDS.toString());
    Run again = run("extract", "--threads", "2", SEEDS.toString());
    assertThat(two.out()).isEqualTo(one.out()).isEqualTo(again.out());
  }

  @Test
  void readsJsonLinesDocuments() throws IOException {
    Path in = dir.resolve("docs.jsonl");
    Files.writeString(
        in,
        "{\"id\":\"a\",\"text\":\"本报讯（记者 王培源） 3月18日下午，会议召开。\"}\nnot json\n{\"id\":\"b\",\"text\":\"\"}\n");
    Run r = run("extract", in.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.records())
        .filteredOn(x -> !x.get("kind").asText().equals("fact"))
        .extracting(x -> x.get("kind").asText() + " " + x.get("doc").asText())
        .containsExactly("document a", "error " + in + ":2", "document b");
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    Run r = run("extract", "--threads", "0", SEEDS.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    Run none = run("extract");
    assertThat(none.status()).isEqualTo(2);
  }

  @Test
  void outWritesTheFileWhole() throws IOException {
    Path out = dir.resolve("facts.jsonl");
    Run r = run("extract", "--out", out.toString(), SEED.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(run("extract", SEED.toString()).out());
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("facts.jsonl");
    }
  }

  private static List<String> factsOf(List<JsonNode> recs, String file) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : recs) {
      if (x.get("kind").asText().equals("fact") && x.get("doc").asText().endsWith(file)) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = x.deepCopy();
        copy.remove("doc");
        out.add(copy.toString());
      }
    }
    return out;
  }

  private static int[] codePoints(Path p) {
    try {
      String s = Files.readString(p, StandardCharsets.UTF_8);
      if (s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      return s.codePoints().toArray();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
