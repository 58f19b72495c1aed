package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final Path SEED = Path.of("seeds/000_346f90c6c90c1c6c.txt");

  @TempDir Path dir;

  @Test
  void aChangedNumberShowsAsAChangeOfThatFact() throws IOException {
    Path golden = dir.resolve("golden");
    assertThat(ExtractCommandTest.run("diff", "--update", golden.toString(), SEED.toString()).status()).isZero();
    assertThat(ExtractCommandTest.run("diff", golden.toString(), SEED.toString()).status()).isZero();

    Path copy = Files.createDirectories(dir.resolve("copy")).resolve(SEED.getFileName());
    Files.writeString(copy, Files.readString(SEED, StandardCharsets.UTF_8).replace("79.4 万人次", "78.4 万人次"));
    ExtractCommandTest.Run r = ExtractCommandTest.run("diff", golden.toString(), copy.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .contains("~ Quantity bulletin.quantity 5917-5925 (line 421) «78.4 万人次»")
        .contains("value: 794000 → 784000")
        .doesNotContain("+ Quantity")
        .doesNotContain("- Quantity");
  }

  @Test
  void aMissingSnapshotIsAChange() {
    ExtractCommandTest.Run r = ExtractCommandTest.run("diff", dir.resolve("none").toString(), SEED.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("no snapshot yet");
  }
}
