package io.baoxun.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.regress.Snapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The dynamic tests GoldenTests makes pass on a match and fail with the fact-level diff. */
class GoldenTestsTest {
  private static final String PAGE = "截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。\n";
  private static Baoxun baoxun;

  @TempDir Path dir;

  @BeforeAll
  static void load() {
    baoxun = Baoxun.load(Path.of("."));
  }

  private record Made(String name, Executable test) {}

  private List<Made> tests(Path inputs, Path golden) {
    return GoldenTests.of(baoxun, inputs, golden).map(t -> new Made(t.getDisplayName(), t.getExecutable())).toList();
  }

  private Path pages() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("p.txt"), PAGE, StandardCharsets.UTF_8);
    return pages;
  }

  private void snapshot(Path page, Path golden) throws IOException {
    Files.createDirectories(golden);
    Files.writeString(Snapshots.of(golden, page.toString()), Snapshots.records(baoxun.process(page)), StandardCharsets.UTF_8);
  }

  @Test
  void aPageMatchingItsSnapshotPasses() throws Throwable {
    Path pages = pages();
    Path golden = dir.resolve("golden");
    snapshot(pages.resolve("p.txt"), golden);

    List<Made> made = tests(pages, golden);

    assertThat(made).extracting(Made::name).containsExactly(pages.resolve("p.txt").toString());
    made.get(0).test().execute();
  }

  @Test
  void aChangedNumberFailsWithTheFactLevelDiff() throws IOException {
    Path pages = pages();
    Path golden = dir.resolve("golden");
    snapshot(pages.resolve("p.txt"), golden);
    Files.writeString(pages.resolve("p.txt"), PAGE.replace("79.4万", "78.4万"), StandardCharsets.UTF_8);

    Executable test = tests(pages, golden).get(0).test();

    assertThatThrownBy(test::execute)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(pages.resolve("p.txt") + " differs from " + golden.resolve("p.jsonl"))
        .hasMessageContaining("baoxun diff --update " + golden + " " + pages)
        .hasMessageContaining("~ Quantity bulletin.quantity 20-27 (line 1) «78.4万人次»\n      value: 794000 → 784000")
        .hasMessageContaining("completed.value: 794000 → 784000");
  }

  @Test
  void aPageWithoutSnapshotAndASnapshotWithoutPageFail() throws IOException {
    Path pages = pages();
    Path golden = Files.createDirectories(dir.resolve("golden"));
    Files.writeString(golden.resolve("gone.jsonl"), "", StandardCharsets.UTF_8);

    List<Made> made = tests(pages, golden);

    assertThat(made).extracting(Made::name).containsExactly(pages.resolve("p.txt").toString(), golden.resolve("gone.jsonl").toString());
    assertThatThrownBy(made.get(0).test()::execute).hasMessageContaining("no snapshot " + golden.resolve("p.jsonl") + " yet");
    assertThatThrownBy(made.get(1).test()::execute).hasMessageContaining("gone.jsonl is the snapshot of no input in " + pages);
  }

  @Test
  void aPackThatDoesNotLoadSaysWhy() {
    assertThatThrownBy(() -> Baoxun.load(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not load")
        .hasMessageContaining("a pack needs a grammar/ folder");
  }
}
