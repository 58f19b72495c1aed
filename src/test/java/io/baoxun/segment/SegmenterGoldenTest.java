package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.baoxun.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: the segmentation of each seed page, as a reader can check it, is kept in {@code
 * src/test/resources/segment/<seed>.txt} (per article: kind, body span, paragraph and sentence
 * counts, dateline, headline, the body's first 20 and last 10 characters). Any difference fails
 * the test with a line diff.
 *
 * <p>After a deliberate change, regenerate the files, read them against the pages, and commit:
 *
 * <pre>mvn -B -o -q test -Dtest=SegmenterGoldenTest -Dbaoxun.updateGolden=true</pre>
 */
class SegmenterGoldenTest {
  private static final Path SEEDS = base().resolve("seeds");
  private static final Path GOLDEN = base().resolve("src/test/resources/segment");

  private static Path base() {
    String b = System.getProperty("basedir");
    return Path.of(b != null ? b : System.getProperty("user.dir"));
  }

  @TestFactory
  Stream<DynamicTest> seedsSegmentAsTheGoldenFilesSay() throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(SEEDS)) {
      seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(seeds).as("seed pages under %s", SEEDS).isNotEmpty();
    return seeds.stream()
        .map(seed -> DynamicTest.dynamicTest(seed.getFileName().toString(), () -> check(seed)));
  }

  private static void check(Path seed) throws IOException {
    String name = seed.getFileName().toString();
    NormalizedText text = NormalizedText.of(Files.readString(seed, StandardCharsets.UTF_8));
    String actual = GoldenReport.render(name, text, new Segmenter().segmentPage(text));
    Path golden = GOLDEN.resolve(name);
    if (Boolean.getBoolean("baoxun.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(golden)) {
      fail("no golden file " + golden + "; run with -Dbaoxun.updateGolden=true, then read it");
    }
    String expected = Files.readString(golden, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail("segmentation of " + name + " differs from " + golden + " (- golden, + now):\n"
          + diff(expected.lines().toList(), actual.lines().toList()));
    }
  }

  /** A plain line diff (longest common subsequence), changed lines with two lines of context. */
  static String diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j))
            ? lcs[i + 1][j + 1] + 1
            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        ops.add("  " + a.get(i));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add("- " + a.get(i++));
      } else {
        ops.add("+ " + b.get(j++));
      }
    }
    StringBuilder sb = new StringBuilder();
    int lastShown = -1;
    for (int k = 0; k < ops.size(); k++) {
      boolean near = false;
      for (int d = -2; d <= 2; d++) {
        int q = k + d;
        if (q >= 0 && q < ops.size() && !ops.get(q).startsWith("  ")) {
          near = true;
        }
      }
      if (near) {
        if (lastShown >= 0 && k > lastShown + 1) {
          sb.append("  ...\n");
        }
        sb.append(ops.get(k)).append('\n');
        lastShown = k;
      }
    }
    return sb.toString();
  }
}
