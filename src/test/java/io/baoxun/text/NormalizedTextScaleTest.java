package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Documents of several MB must normalise in linear time. The limits are generous (a linear pass
 * takes well under a second); a quadratic one would take minutes and fail them.
 */
class NormalizedTextScaleTest {
  private static final Duration LIMIT = Duration.ofSeconds(20);

  @Test
  void severalMegabytesOfNewsNormaliseQuickly() throws IOException {
    String page = Files.readString(Path.of("seeds/000_346f90c6c90c1c6c.txt"), StandardCharsets.UTF_8);
    String big = page.repeat(300); // about 2.3 million code points, 6 MB of UTF-8
    NormalizedText n = assertTimeoutPreemptively(LIMIT, () -> NormalizedText.of(big));
    NormalizedText one = NormalizedText.of(page);
    assertThat(n.length()).isBetween(300 * one.length(), 300 * (one.length() + 2));
    Span last = new Span(n.length() - 10, n.length());
    assertThat(n.originalText(last)).isEqualTo(one.originalText(new Span(one.length() - 10, one.length())));
  }

  @Test
  void longGapsAfterCandidateWordBoundariesStayLinear() {
    // Each space between Han words looks ahead across the next gap; gaps must not be re-read.
    String unit = "检测 李" + " ".repeat(50) + "\n";
    String big = unit.repeat(40_000); // 2.2 million chars
    NormalizedText n = assertTimeoutPreemptively(LIMIT, () -> NormalizedText.of(big));
    assertThat(n.text()).startsWith("检测 李检测 李检测");
    String longGap = "检测 李" + " ".repeat(2_000_000) + "平";
    assertThat(assertTimeoutPreemptively(LIMIT, () -> NormalizedText.of(longGap)).text())
        .isEqualTo("检测李平");
  }

  @Test
  void manySupplementaryCharactersStillMapInLogarithmicTime() {
    String name = "李\uD840\uDC00平 "; // 𠀀 is outside the BMP
    String big = name.repeat(300_000);
    NormalizedText n = assertTimeoutPreemptively(LIMIT, () -> NormalizedText.of(big));
    assertTimeoutPreemptively(
        LIMIT,
        () -> {
          for (int i = 0; i < n.length(); i += 7) {
            assertThat(n.codePointOffset(n.charIndex(i))).isEqualTo(i);
            n.originalText(new Span(i, Math.min(n.length(), i + 3)));
          }
        });
    assertThat(n.slice(new Span(0, 4))).isEqualTo("李\uD840\uDC00平 ");
  }
}
