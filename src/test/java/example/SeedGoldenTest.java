package example;

import static io.baoxun.testkit.BaoxunAssertions.assertThat;

import io.baoxun.fact.Fact;
import io.baoxun.testkit.Baoxun;
import io.baoxun.testkit.GoldenTests;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in pack's output, pinned with baoxun's test kit as another project's suite would pin
 * it (README, "Test kit", shows this file). After an intended change, run {@code ./baoxun diff
 * seeds/golden seeds/}, read the diff, then {@code ./baoxun diff --update seeds/golden seeds/} and
 * review the changed snapshots before committing them.
 */
class SeedGoldenTest {
  /** The pack under test: a folder holding grammar/ and rules/ (here, this repository's own). */
  static final Baoxun BAOXUN = Baoxun.load(Path.of("."));

  /** One test per seed page: its facts and findings against seeds/golden/<page>.jsonl. */
  @TestFactory
  Stream<DynamicTest> seedsMatchTheirGoldenSnapshots() {
    return GoldenTests.of(BAOXUN, Path.of("seeds"), Path.of("seeds/golden"));
  }

  @Test
  void aProgressReportReadsAsTestingProgress() {
    List<Fact> facts = BAOXUN.extract("截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。");

    assertThat(facts)
        .hasFact("TestingProgress")
        .withField("completed", 794000) // a number: a quantity's value, compared as a decimal
        .withQuantity("completed", 794000, "人次")
        .withField("ratio", 85.35)
        .withField("asOf", "XXXX-03-20T12:00") // a string: the display form rule examples use
        .withField("region", "莘县")
        .at(0, 38)
        .isUnique()
        .and()
        .hasFact("Quantity")
        .withField("value", 85.35)
        .withField("unit", "%");
  }
}
