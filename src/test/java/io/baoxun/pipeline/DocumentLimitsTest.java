package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What one document may cost, and what happens to one that costs more. */
class DocumentLimitsTest {
  private static final Path SEED = Path.of("seeds/000_346f90c6c90c1c6c.txt");
  private static Pack pack;

  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    pack = PackLoader.load(Path.of("."));
  }

  private static DocumentProcessor processor(Limits limits) {
    return new DocumentProcessor(pack, ReadContext.NONE, limits);
  }

  private static Input seed() throws IOException {
    return new Input.Bytes(SEED.toString(), Files.readAllBytes(SEED));
  }

  @Test
  void aDocumentOverItsTimeBudgetIsAnErrorAndTheNextIsProcessed() throws IOException {
    DocumentProcessor tight = processor(Limits.DEFAULT.withTimeBudget(Optional.of(Duration.ofNanos(1))));
    DocumentResult over = tight.process(seed());
    assertThat(over).isEqualTo(new DocumentResult.Failed(
        SEED.toString(), "took more than its time budget of 0.000000001 s (--time-budget); not processed"));
    // Nothing to match, nothing to spend: the same processor goes on with the next document.
    assertThat(tight.process(new Input.Text("blank", " \n\t "))).isInstanceOf(DocumentResult.Processed.class);
    assertThat(processor(Limits.DEFAULT).process(seed())).isInstanceOf(DocumentResult.Processed.class);
  }

  @Test
  void aStoppedRunStopsTheDocumentInsteadOfFailingIt() throws IOException {
    DocumentProcessor p = processor(Limits.NONE);
    Input in = seed();
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> p.process(in)).isInstanceOf(CancellationException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(p.process(in)).isInstanceOf(DocumentResult.Processed.class);
  }

  @Test
  void documentsOverTheSizeLimitAreErrors() throws IOException {
    DocumentProcessor p = processor(Limits.DEFAULT.withMaxDocBytes(1024));
    assertThat(p.process(seed()))
        .isEqualTo(new DocumentResult.Failed(
            SEED.toString(), "larger than the size limit (20.3 KiB > 1.0 KiB, --max-doc-size); not read"));
    String text = "本报讯".repeat(400); // 3,600 bytes of UTF-8, 1,200 characters
    assertThat(p.process(new Input.Text("t", text))).isInstanceOf(DocumentResult.Failed.class);
    assertThat(p.process(new Input.Text("t", text.substring(0, 300)))).isInstanceOf(DocumentResult.Processed.class);
  }

  @Test
  void inputsOverTheSizeLimitAreNotRead() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[5000]);
    Path small = dir.resolve("small.txt");
    Files.writeString(small, "本报讯");
    List<Input> got = all(new Inputs(List.of(big.toString(), small.toString(), "-"),
        new ByteArrayInputStream(new byte[2000]), 1024, name -> Optional.empty()));
    assertThat(got).containsExactly(
        new Input.Unreadable(big.toString(), "larger than the size limit (4.9 KiB > 1.0 KiB, --max-doc-size); not read"),
        got.get(1),
        new Input.Unreadable("-", "larger than the size limit (1.0 KiB or more > 1.0 KiB, --max-doc-size); not read"));
    assertThat(got.get(1)).isInstanceOf(Input.Bytes.class);
  }

  @Test
  void standardInputWithoutALimitIsReadWhole() {
    byte[] text = "本报讯 3月18日".getBytes(StandardCharsets.UTF_8);
    List<Input> got = all(new Inputs(List.of("-"), new ByteArrayInputStream(text)));
    assertThat(got).singleElement().isInstanceOfSatisfying(Input.Bytes.class, b -> assertThat(b.bytes()).isEqualTo(text));
  }

  @Test
  void aJsonlLineOverTheLimitIsReportedAtItsLineAndTheRestIsRead() throws IOException {
    Path jsonl = dir.resolve("docs.jsonl");
    String ok = "{\"id\":\"a\",\"text\":\"本报讯\"}";
    String big = "{\"id\":\"b\",\"text\":\"" + "x".repeat(2000) + "\"}";
    // CRLF, a lone CR and LF all end lines; line numbers count each once.
    Files.writeString(jsonl, ok + "\r\n" + big + "\r" + "not json\n" + ok.replace("\"a\"", "\"c\""), StandardCharsets.UTF_8);
    List<Input> got = all(new Inputs(List.of(jsonl.toString()), InputStream.nullInputStream(), 1024, name -> Optional.empty()));
    assertThat(got).hasSize(4);
    assertThat(got.get(0)).isEqualTo(new Input.Text("a", "本报讯"));
    assertThat(got.get(1)).isEqualTo(new Input.Unreadable(
        jsonl + ":2", "a line longer than the size limit (1.0 KiB, --max-doc-size); not read"));
    assertThat(got.get(2)).isInstanceOf(Input.Unreadable.class).extracting(Input::name).isEqualTo(jsonl + ":3");
    assertThat(got.get(3)).isEqualTo(new Input.Text("c", "本报讯"));
  }

  @Test
  void aLinkToNowhereInAFolderIsReportedNotSkipped() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(folder.resolve("a.txt"), "本报讯");
    Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("gone.txt"));
    Files.createSymbolicLink(folder.resolve("c.txt"), folder.resolve("a.txt"));
    List<Input> got = all(new Inputs(List.of(folder.toString()), InputStream.nullInputStream(), 1024, name -> Optional.empty()));
    assertThat(got).extracting(Input::name)
        .containsExactly(folder + "/a.txt", folder + "/b.txt", folder + "/c.txt");
    assertThat(got.get(1)).isEqualTo(new Input.Unreadable(folder + "/b.txt", "no such file or folder"));
    assertThat(got.get(2)).isInstanceOf(Input.Bytes.class);
  }

  @Test
  void aDocumentAnEarlierRunFinishedIsNotReadAgain() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "本报讯");
    DocumentResult earlier = new DocumentResult.Processed(f.toString(), "UTF-8", 3, 1, List.of(), List.of());
    List<Input> got = all(new Inputs(List.of(f.toString()), InputStream.nullInputStream(), 1024,
        name -> name.equals(f.toString()) ? Optional.of(earlier) : Optional.empty()));
    assertThat(got).containsExactly(new Input.Done(earlier));
    assertThat(processor(Limits.NONE).process(got.get(0))).isSameAs(earlier);
  }

  @Test
  void sizesReadAndShowAsUsersWriteThem() {
    assertThat(Sizes.parse("32M")).contains(32L << 20);
    assertThat(Sizes.parse("500k")).contains(500L << 10);
    assertThat(Sizes.parse("1GiB")).contains(1L << 30);
    assertThat(Sizes.parse("4096")).contains(4096L);
    assertThat(Sizes.parse("12X")).isEmpty();
    assertThat(Sizes.parse("99999999999999999G")).isEmpty();
    assertThat(Sizes.show(512)).isEqualTo("512 bytes");
    assertThat(Sizes.show(6_500_000)).isEqualTo("6.2 MiB");
    assertThat(Sizes.utf8Length("a中\uD840\uDC00é")).isEqualTo(1 + 3 + 4 + 2);
  }

  private static List<Input> all(Inputs inputs) {
    List<Input> out = new ArrayList<>();
    inputs.forEachRemaining(out::add);
    return out;
  }
}
