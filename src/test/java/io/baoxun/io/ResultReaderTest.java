package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What --resume reads back: every seed's snapshot, exactly, with values typed as the pack declares. */
class ResultReaderTest {
  private static Pack pack;

  @BeforeAll
  static void load() throws Exception {
    pack = PackLoader.load(Path.of("."));
  }

  private static List<Path> snapshots() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("seeds/golden"))) {
      return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
  }

  /** A snapshot's own records: findings across documents name facts doc#id and are not the document's. */
  private static List<String> documentLines(Path snapshot) throws IOException {
    return Files.readAllLines(snapshot, StandardCharsets.UTF_8).stream().filter(l -> !l.contains("#f")).toList();
  }

  @Test
  void everySeedSnapshotReadsBackExactly() throws IOException {
    ResultReader reader = new ResultReader(pack);
    for (Path snapshot : snapshots()) {
      Optional<DocumentResult> r = reader.read(documentLines(snapshot));
      assertThat(r).as(snapshot.toString()).isPresent();
      assertThat(((DocumentResult.Processed) r.get()).facts()).hasSizeGreaterThan(40);
    }
  }

  @Test
  void fieldsAreReadAsTheirDeclaredTypes() throws IOException {
    ResultReader reader = new ResultReader(pack);
    DocumentResult.Processed p = (DocumentResult.Processed) reader.read(documentLines(snapshots().get(0))).orElseThrow();
    Fact progress = p.facts().stream().filter(f -> f.type().equals("TestingProgress")).findFirst().orElseThrow();
    assertThat(progress.fields().get("asOf")).isInstanceOf(FieldValue.Time.class);
    assertThat(progress.fields().get("completed")).isInstanceOf(FieldValue.Quantity.class);
    assertThat(progress.fields().get("region")).isInstanceOf(FieldValue.Text.class);
    Fact quantity = p.facts().stream().filter(f -> f.type().equals("Quantity")).findFirst().orElseThrow();
    assertThat(quantity.fields().get("value")).isInstanceOf(FieldValue.Number.class);
    assertThat(quantity.fields().get("unit")).isInstanceOf(FieldValue.Text.class);
  }

  @Test
  void anythingThatDoesNotWriteBackTheSameIsNotTaken() throws IOException {
    ResultReader reader = new ResultReader(pack);
    List<String> lines = documentLines(snapshots().get(0));
    List<String> reordered = new java.util.ArrayList<>(lines);
    java.util.Collections.swap(reordered, 1, 2);
    assertThat(reader.read(reordered)).isEmpty();
    assertThat(reader.read(List.of(lines.get(0).replace(",\"articles\"", ".0,\"articles\"")))).isEmpty();
    assertThat(reader.read(List.of(lines.get(0), lines.get(1).replace("}}", "}")))).isEmpty();
    assertThat(reader.read(List.of("{\"kind\":\"error\",\"doc\":\"x\",\"message\":\"m\"}"))).isEmpty();
    assertThat(reader.read(List.of(lines.get(0)))).isPresent();
  }
}
