package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** extract's limits as a user sets them: --time-budget and --max-doc-size. */
class ExtractLimitsTest {
  private static final String SEED = "seeds/001_2835fb41578f269b.txt";

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "--time-budget|abc|baoxun: --time-budget must be 0 (no limit) or a number of seconds, not 'abc'",
    "--time-budget|-1|baoxun: --time-budget must be 0 (no limit) or a number of seconds, not '-1'",
    "--time-budget|0.0000000001|baoxun: --time-budget 0.0000000001 is less than a nanosecond; 0 means no limit",
    "--max-doc-size|12X|baoxun: --max-doc-size must be a size such as 32M, 500K or 1G, not '12X'",
    "--max-doc-size|0|baoxun: --max-doc-size must be a size such as 32M, 500K or 1G, not '0'",
  })
  void badLimitsAreUsageErrorsInOneLine(String option, String value, String message) {
    CliRun r = CliRun.of("extract", option, value, SEED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void documentsOverTheSizeLimitAreErrorRecordsAndTheRunGoesOn() {
    CliRun r = CliRun.of("extract", "--max-doc-size", "16K", SEED, "seeds/003_954b6e3d85499b76.txt");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines().findFirst()).contains(
        "{\"kind\":\"document\",\"doc\":\"" + SEED + "\",\"encoding\":\"UTF-8\",\"chars\":5341,\"articles\":8}");
    assertThat(r.out()).contains(
        "{\"kind\":\"error\",\"doc\":\"seeds/003_954b6e3d85499b76.txt\",\"message\":\"larger than the size limit (16.3 KiB > 16.0 KiB, --max-doc-size); not read\"}");
  }

  @Test
  void aDocumentOverItsTimeBudgetIsAnErrorRecordNamingTheBudget() {
    CliRun r = CliRun.of("extract", "--time-budget", "0.000001", SEED);
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().strip()).isEqualTo(
        "{\"kind\":\"error\",\"doc\":\"" + SEED + "\",\"message\":\"took more than its time budget of 0.000001 s (--time-budget); not processed\"}");
  }

  @Test
  void anOutputInAFolderThatIsNotThereIsAUsageError() {
    CliRun r = CliRun.of("extract", "--out", dir.resolve("no/such/x.jsonl").toString(), SEED);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(
        "baoxun: cannot write --out " + dir.resolve("no/such/x.jsonl") + ": no such folder " + dir.resolve("no/such"));
  }
}
