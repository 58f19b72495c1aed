package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.CheckPacks;
import io.baoxun.rule.Pack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when" on the real seeds and the built-in pack: a copy of a seed page with one
 * planted error raises the right failing check, and the untouched seeds raise none. The copies are
 * made here from seeds/, each by one replacement that must match exactly once.
 *
 * <p>The box of figures at the foot of seed 000 repeats the body's 518.3万人次 and 88.10%. On the
 * page as printed its 截至3月20日12时 line runs on from the headline above it with no blank line,
 * so the normaliser joins the two and the box has no time to read; the sidebar cases below set the
 * box off by a blank line, as other papers print it.
 */
class SeedPlantedErrorsTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path SEED_000 = SEEDS.resolve("000_346f90c6c90c1c6c.txt");
  private static final Path SEED_004 = SEEDS.resolve("004_009bc119fcff7121.txt");
  private static Pack pack;

  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    pack = CheckPacks.load(Path.of(""));
  }

  private static String plant(Path seed, String old, String planted, String name) throws IOException {
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    assertThat(text.split(java.util.regex.Pattern.quote(old), -1)).as("%s occurs once in %s", old, seed).hasSize(2);
    Path out = dir.resolve(name);
    Files.writeString(out, text.replace(old, planted), StandardCharsets.UTF_8);
    return out.toString();
  }

  private static List<String> failures(String... paths) {
    Runs r = Runs.of(pack, 2, List.of(paths));
    return r.findings().stream()
        .filter(f -> f.get("status").asText().equals("fail"))
        .map(f -> f.get("check").asText() + ": " + f.get("message").asText())
        .distinct()
        .toList();
  }

  @Test
  void theUntouchedSeedsRaiseNoFailure() {
    Runs r = Runs.of(pack, 2, List.of(SEEDS.toString()));
    assertThat(r.failedChecks()).isEmpty();
    assertThat(r.findings()).extracting(f -> f.get("check").asText() + " " + f.get("status").asText())
        .contains("bulletin.breakdown_sum pass", "bulletin.rate_consistent pass", "bulletin.dates_ordered skip");
  }

  @Test
  void aPartThatNoLongerSums() throws IOException {
    String p = plant(SEED_000, "高唐县 1\n例", "高唐县 2\n例", "000-breakdown.txt");
    assertThat(failures(p)).containsExactly("bulletin.breakdown_sum: 2 + 5 + 1 = 8, total says 7");
  }

  @Test
  void aRateThatNoLongerMatches() throws IOException {
    String p = plant(SEED_004, "98.7%", "97.8%", "004-rate.txt");
    assertThat(failures(p)).containsExactly("bulletin.rate_consistent: 78 个 / 79 个 = 98.73%, stated 97.8%");
  }

  @Test
  void aSidebarThatRepeatsTheBodyAgreesWithIt() throws IOException {
    String p = plant(SEED_000, "检测工作\n截至3月20日12时", "检测工作\n\n截至3月20日12时", "000-box.txt");
    Runs r = Runs.of(pack, 2, List.of(p));
    assertThat(r.failedChecks()).isEmpty();
    assertThat(r.findings())
        .extracting(f -> f.get("check").asText() + " " + f.get("status").asText() + ": " + f.get("message").asText())
        .contains("bulletin.progress_agrees pass: both say 5183000 人次, 88.10%");
  }

  @Test
  void aSidebarThatDisagreesWithTheBody() throws IOException {
    String text = Files.readString(SEED_000, StandardCharsets.UTF_8)
        .replace("检测工作\n截至3月20日12时", "检测工作\n\n截至3月20日12时");
    int box = text.lastIndexOf("完成比例88.10%");
    Path out = dir.resolve("000-box-wrong.txt");
    Files.writeString(out, text.substring(0, box) + "完成比例86.10%" + text.substring(box + "完成比例88.10%".length()),
        StandardCharsets.UTF_8);
    assertThat(failures(out.toString()))
        .containsExactly("bulletin.progress_agrees: one says 5183000 人次, 88.10%; the other 5183000 人次, 86.10%");
  }

  @Test
  void eventsDatedAfterTheirReport() throws IOException {
    // The dateline of the 3月20日 press-conference report dated a day early (本报讯 has no date).
    String p = plant(SEED_000, "本报讯（记者 吕晓磊） 3月20", "本报3月19日讯（记者 吕晓磊） 3月20", "000-dated.txt");
    assertThat(failures(p)).isNotEmpty().allSatisfy(f -> assertThat(f).startsWith("bulletin.dates_ordered: "))
        .contains("bulletin.dates_ordered: XXXX-03-20T15:00 is after the report date XXXX-03-19");
  }

  @Test
  void aCumulativeCountThatFallsBetweenTwoBulletins() throws IOException {
    // The next day's bulletin, read after seed 000: 莘县's count a day later is lower.
    String p = plant(SEED_000, "截至 3 月 20 日 12 时，莘县\n已完成检测 79.4 万人次",
        "截至 3 月 21 日 12 时，莘县\n已完成检测 69.4 万人次", "000-next.txt");
    assertThat(failures(SEED_000.toString(), p)).containsExactly(
        "bulletin.cumulative_monotone: 694000 人次 on XXXX-03-21T12:00 is less than 794000 人次 on XXXX-03-20T12:00");
  }
}
