package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baoxun.io.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract --out FILE --resume}: a run stopped anywhere, resumed, gives the output a run
 * that never stopped gives, byte for byte, and does not redo what was done.
 */
class ResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Short documents, two of which a check across documents compares. */
  private static final List<String> TEXTS =
      List.of(
          "本报讯 截至3月20日12时，全市完成核酸检测518.3万人次，完成比例85.35%。",
          "本报讯 3月18日，我县新增本土确诊病例5例，其中男性3例，女性2例。",
          "截至3月21日12时，全市完成核酸检测460.2万人次。",
          "   ",
          "区图书馆开展读书活动，吸引市民500余人参加。活动还将持续一个月。",
          "截至目前，全县累计接种疫苗12.5万剂次，接种率达到88.10%。");

  @TempDir Path dir;
  private Path out;
  private List<String> inputs;

  @BeforeEach
  void corpus() throws IOException {
    out = dir.resolve("facts.jsonl");
    inputs = new ArrayList<>();
    for (int i = 0; i < TEXTS.size(); i++) {
      Path f = dir.resolve("in").resolve(String.format("%02d.txt", i));
      Files.createDirectories(f.getParent());
      Files.writeString(f, TEXTS.get(i), StandardCharsets.UTF_8);
      inputs.add(f.toString());
    }
  }

  private CliRun extract(String... extra) {
    List<String> args = new ArrayList<>(List.of("extract", "--threads", "2", "--out", out.toString()));
    args.addAll(Arrays.asList(extra));
    args.addAll(inputs);
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void aRunStoppedAnywhereAndResumedGivesTheSameOutput() throws IOException {
    assertThat(extract().status()).isZero();
    byte[] whole = Files.readAllBytes(out);
    assertThat(new String(whole, StandardCharsets.UTF_8)).contains("\"check\":\"bulletin.cumulative_monotone\"");
    Path partial = AtomicOutput.partialOf(out);
    // Stopped before anything, inside a line, at a line's end, before the findings across
    // documents, inside them.
    String text = new String(whole, StandardCharsets.UTF_8);
    int acrossAt = text.indexOf("#f");
    int lineStart = text.lastIndexOf('\n', acrossAt) + 1;
    int[] cuts = {
      0, 37, bytes(text, text.indexOf('\n') + 1), whole.length / 2, bytes(text, lineStart), bytes(text, acrossAt), whole.length - 1
    };
    for (int cut : cuts) {
      Files.delete(out);
      Files.write(partial, Arrays.copyOf(whole, cut));
      CliRun r = extract("--resume");
      assertThat(r.status()).as("cut at %s: %s", cut, r.err()).isZero();
      assertThat(Files.readAllBytes(out)).as("cut at %s", cut).isEqualTo(whole);
      assertThat(leftovers()).as("cut at %s", cut).isEmpty();
    }
  }

  @Test
  void documentsAlreadyDoneAreNotReadAgain() throws IOException {
    assertThat(extract().status()).isZero();
    String first = Files.readString(out);
    // Each input now says something else, or nothing readable; the first run had them all.
    for (String in : inputs) {
      Files.write(Path.of(in), new byte[] {0, 1, 2});
    }
    CliRun r = extract("--resume");
    assertThat(r.status()).isZero();
    assertThat(Files.readString(out)).isEqualTo(first);
  }

  @Test
  void aResumedRunThatIsStoppedAgainStillLosesNothing() throws IOException {
    assertThat(extract().status()).isZero();
    byte[] whole = Files.readAllBytes(out);
    Files.delete(out);
    Path partial = AtomicOutput.partialOf(out);
    Path store = AtomicOutput.resumeStoreOf(out);
    // The first run stopped in its fifth document's records; the resumed one early in its own.
    String text = new String(whole, StandardCharsets.UTF_8);
    Files.write(partial, Arrays.copyOf(whole, nthDocument(text, 4) + 10));
    Files.write(store, new byte[0]);
    CliRun r = extract("--resume");
    assertThat(r.status()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(whole);
    // Again, with the first documents in the store and a later stop in the partial file.
    Files.delete(out);
    Files.write(store, Arrays.copyOf(whole, nthDocument(text, 3)));
    Files.write(partial, Arrays.copyOf(whole, nthDocument(text, 1) + 5));
    assertThat(extract("--resume").status()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(whole);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void recordsThatDoNotReadBackExactlyAreDoneAgain() throws IOException {
    assertThat(extract().status()).isZero();
    String whole = Files.readString(out);
    // An edited fact, and a document record from some other version, in the earlier output.
    List<String> lines = new ArrayList<>(whole.lines().toList());
    int fact = indexOf(lines, "\"kind\":\"fact\"");
    ObjectNode edited = (ObjectNode) JSON.readTree(lines.get(fact));
    edited.put("start", edited.get("start").asInt() + 1);
    lines.set(fact, JSON.writeValueAsString(edited));
    int doc = indexOf(lines, "\"kind\":\"document\"");
    lines.set(doc, lines.get(doc).replace("\"encoding\"", "\"pages\":3,\"encoding\""));
    Files.writeString(out, String.join("\n", lines) + "\n");
    assertThat(extract("--resume").status()).isZero();
    assertThat(Files.readString(out)).isEqualTo(whole);
  }

  @Test
  void documentsThatFailedAreTriedAgain() throws IOException {
    Path late = Path.of(inputs.get(1));
    Files.write(late, new byte[] {'3', (byte) 0xE6}); // cut inside a character
    CliRun first = extract();
    assertThat(first.status()).isEqualTo(3);
    assertThat(Files.readString(out)).contains("\"kind\":\"error\"");
    Files.writeString(late, TEXTS.get(1), StandardCharsets.UTF_8);
    CliRun again = extract("--resume");
    assertThat(again.status()).isZero();
    assertThat(Files.readString(out)).doesNotContain("\"kind\":\"error\"").contains("新增本土确诊病例5例");
  }

  @Test
  void resumeWithNothingEarlierIsAFreshRun() throws IOException {
    assertThat(extract("--resume").status()).isZero();
    String resumed = Files.readString(out);
    assertThat(extract().status()).isZero();
    assertThat(Files.readString(out)).isEqualTo(resumed);
  }

  @Test
  void aFreshRunReplacesWhatAStoppedRunLeft() throws IOException {
    Files.writeString(AtomicOutput.partialOf(out), "{\"kind\":\"document\",\"doc\":\"old\"}\n");
    assertThat(extract().status()).isZero();
    assertThat(Files.readString(out)).doesNotContain("\"old\"");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void resumeNeedsAnOutputFile() {
    CliRun r = CliRun.of("extract", "--resume", inputs.get(0));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("baoxun: --resume needs --out FILE: it resumes what an earlier run wrote there");
  }

  @Test
  void twoRunsCannotWriteTheSameOutput() throws IOException {
    try (AtomicOutput held = AtomicOutput.open(out)) {
      CliRun r = extract();
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err().strip().lines()).hasSize(1);
      assertThat(r.err()).contains("another run is writing");
      assertThat(held.partial()).exists();
    }
    assertThat(out).doesNotExist();
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
    }
  }

  /** The byte offset of the {@code n}th document record (from 0). */
  private static int nthDocument(String text, int n) {
    int at = -1;
    for (int i = 0; i <= n; i++) {
      at = text.indexOf("{\"kind\":\"document\"", at + 1);
    }
    return bytes(text, at);
  }

  private static int bytes(String text, int charIndex) {
    return text.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
  }

  private static int indexOf(List<String> lines, String part) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i;
      }
    }
    throw new AssertionError("no line with " + part);
  }
}
