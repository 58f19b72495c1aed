package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The built-in pack's output on the seeds is pinned by reviewed snapshots in {@code seeds/golden/}.
 * After an intended change, run {@code ./baoxun diff seeds/golden seeds/}, read the diff, then
 * {@code ./baoxun diff --update seeds/golden seeds/} and review the changed snapshots before committing.
 */
class SeedGoldenTest {
  @Test
  void seedsMatchTheirGoldenSnapshots() {
    ExtractCommandTest.Run r = ExtractCommandTest.run("diff", "seeds/golden", "seeds/");
    assertThat(r.out()).as("fact-level diff against seeds/golden").endsWith("no changes\n");
    assertThat(r.status()).isZero();
  }
}
