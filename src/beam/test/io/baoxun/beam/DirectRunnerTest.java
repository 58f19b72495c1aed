package io.baoxun.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoxun pipeline --runner DirectRunner} gives the records {@code extract} gives on the
 * same input: compared as sorted lines, each byte for byte.
 */
class DirectRunnerTest {
  @TempDir Path tmp;

  @Test
  void seedsGiveTheRecordsOfExtract() {
    Runs.Run extract = Runs.extract(List.of("seeds/"));
    Runs.Run pipeline = Runs.pipeline(tmp.resolve("out"), List.of("--runner", "DirectRunner", "seeds/"));

    assertThat(pipeline.status()).as(pipeline.err()).isZero();
    assertThat(extract.records()).hasSizeGreaterThan(100);
    assertThat(pipeline.records()).containsExactlyElementsOf(extract.records());
    assertThat(pipeline.err()).contains("baoxun: wrote").contains(tmp.resolve("out").toString());
  }

  @Test
  void checksAcrossDocumentsAndUnreadableInputsAsExtractHasThem() throws Exception {
    List<String> args = Corpus.write(tmp.resolve("corpus"));
    Runs.Run extract = Runs.extract(args);
    Runs.Run pipeline = Runs.pipeline(tmp.resolve("out"), withRunner(args));

    assertThat(extract.status()).isEqualTo(3);
    assertThat(pipeline.status()).as(pipeline.err()).isEqualTo(3);
    assertThat(pipeline.records()).containsExactlyElementsOf(extract.records());
    // The corpus holds what it is meant to: findings across documents of both kinds and errors.
    assertThat(pipeline.records())
        .anyMatch(r -> r.contains("\"check\":\"bulletin.cumulative_monotone\",\"status\":\"pass\"") && r.contains("early.txt#f"))
        .anyMatch(r -> r.contains("\"check\":\"bulletin.cumulative_monotone\",\"status\":\"fail\""))
        .anyMatch(r -> r.contains("\"check\":\"bulletin.cumulative_cases_monotone\",\"status\":\"fail\""))
        .anyMatch(r -> r.contains("\"kind\":\"error\"") && r.contains("broken.txt") && r.contains("at byte 5"))
        .anyMatch(r -> r.contains("\"kind\":\"error\"") && r.contains("docs.jsonl:4"))
        .anyMatch(r -> r.contains("\"encoding\":\"GB18030\""))
        .noneMatch(r -> r.contains("not read: folders give only"));
  }

  @Test
  void failOnWarningExitsFourWhenACheckAcrossDocumentsFails() throws Exception {
    Path dir = tmp.resolve("corpus");
    Corpus.write(dir);
    // 499万 on 3月22日 after 505万 on 3月21日: a failed warning, and every input readable.
    List<String> args = List.of(dir.resolve("pages").toString());

    assertThat(Runs.pipeline(tmp.resolve("w"), withRunner(List.of("--fail-on", "warning", args.get(0)))).status()).isEqualTo(4);
    assertThat(Runs.extract(List.of("--fail-on", "warning", args.get(0))).status()).isEqualTo(4);
  }

  @Test
  void standardInputIsADocumentNamedDashAndTheShardsOfAnEarlierRunAreReplaced() throws Exception {
    Path out = tmp.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("records-00007-of-00009.jsonl"), "{\"kind\":\"stale\"}\n");
    Files.writeString(out.resolve("notes.txt"), "kept");
    String text = "截至3月20日12时，全市完成核酸检测518.3万人次。";

    Runs.Run pipeline = Runs.pipeline(out, List.of("--runner", "DirectRunner", "-"), text);

    assertThat(pipeline.status()).as(pipeline.err()).isZero();
    assertThat(pipeline.records())
        .anyMatch(r -> r.startsWith("{\"kind\":\"document\",\"doc\":\"-\""))
        .anyMatch(r -> r.contains("\"type\":\"TestingProgress\""))
        .noneMatch(r -> r.contains("stale"));
    assertThat(out.resolve("notes.txt")).exists();
  }

  private static List<String> withRunner(List<String> args) {
    List<String> all = new ArrayList<>(List.of("--runner", "DirectRunner"));
    all.addAll(args);
    return all;
  }
}
