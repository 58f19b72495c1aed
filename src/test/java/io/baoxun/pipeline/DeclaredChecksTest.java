package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.CheckPacks;
import io.baoxun.rule.Pack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What checks say on texts: verdicts and messages, skip with the reason, conditions that do not
 * apply, hedged amounts judged as printed, and a check written in Java found by ServiceLoader.
 */
class DeclaredChecksTest {
  @TempDir static Path dir;
  private static Pack pack;

  @BeforeAll
  static void load() {
    pack = CheckPacks.load(CheckPacks.withRules(dir.resolve("pack"), "t.rules", """
        check t.count_at_least {
          summary "s"
          severity warning
          for c in CaseReport
          when c.status != "新增"
          require c.count >= 20000
          message "{c.region} {c.count}"
          example "x"
        }

        check t.fewer_than_300 {
          summary "s"
          severity error
          for c in CaseReport if status == "新增"
          require c.count < 300
          message "{c.count}, origin {c.origin}"
          example "x"
        }

        check t.rate {
          summary "s"
          severity error
          for r in Rate
          require approx(r.part / r.whole, r.ratio) and r.part <= r.whole
          message "{r.what}: {round(r.part / r.whole * 100, 3)} vs {r.ratio}"
          example "x"
        }

        check t.labels {
          summary "no place twice in a breakdown"
          severity warning
          for b in Breakdown
          java "labels_distinct"
          example "x"
        }

        check t.units {
          summary "s"
          severity error
          for b in Breakdown
          require sum(quantity(p.value, p.unit) for p in b.parts) == quantity(b.total.value, b.total.unit)
            or (count(b.parts) == 1 and unknown('one part may be only some'))
          message "{sum(quantity(p.value, p.unit) for p in b.parts)}"
          example "x"
        }

        check t.parts {
          summary "s"
          severity warning
          for b in Breakdown
          require all(p.value > 0 for p in b.parts) and any(p.label == "莘县" for p in b.parts)
          message "{count(b.parts)} parts: {join([p.label for p in b.parts], '/')}, max {max(b.parts.value)}, total {b.total}"
          example "x"
        }
        """));
  }

  private static List<String> findings(String... texts) {
    List<String> paths = new ArrayList<>();
    try {
      for (int i = 0; i < texts.length; i++) {
        Path p = dir.resolve("doc" + i + ".txt");
        Files.writeString(p, texts[i]);
        paths.add(p.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Runs.of(pack, 1, paths).findings().stream()
        .map(f -> f.get("check").asText() + " " + f.get("status").asText() + ": " + f.get("message").asText())
        .toList();
  }

  @Test
  void aHedgedCountIsJudgedAsTheIntervalItPrints() {
    // 2万余 is at least 20000: it may be; 近300 is at most 300: it may be under 300, 300余 cannot.
    assertThat(findings("截至3月20日24时，全市累计报告本土确诊病例2万余例。")).containsExactly("t.count_at_least pass: 全市 20000 例 余");
    assertThat(findings("截至3月20日24时，全市累计报告本土确诊病例近2万例。")).containsExactly("t.count_at_least pass: 全市 20000 例 近");
    assertThat(findings("截至3月20日24时，全市累计报告本土确诊病例1.9万余例。")).containsExactly("t.count_at_least fail: 全市 19000 例 余");
    assertThat(findings("截至3月20日24时，全市新增本土确诊病例近300例。")).containsExactly("t.fewer_than_300 pass: 300 例 近, origin 本土");
    assertThat(findings("截至3月20日24时，全市新增本土确诊病例300余例。")).containsExactly("t.fewer_than_300 fail: 300 例 余, origin 本土");
  }

  @Test
  void aConditionThatNeedsAMissingFieldIsSkipWithTheReason() {
    assertThat(findings("接种率达到96.45%。")).containsExactly("t.rate skip: r.part is missing");
  }

  @Test
  void aRatioIsComputedExactlyAndShownAsAsked() {
    assertThat(findings("共交办边巡边改事项79个，完成整改78个，完成率达98.7%。"))
        .containsExactly("t.rate pass: 完成率: 98.734 vs 98.7%");
    assertThat(findings("共交办边巡边改事项79个，完成整改80个，完成率达98.7%。"))
        .containsExactly("t.rate fail: 完成率: 101.266 vs 98.7%");
  }

  @Test
  void listsAreProjectedQuantifiedAndJoined() {
    // In document order: the breakdown encloses the case report that starts with it.
    assertThat(findings("我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例。")).containsExactly(
        "t.labels pass: 高唐县, 开发区, 莘县",
        "t.units pass: 7 例",
        "t.parts pass: 3 parts: 高唐县/开发区/莘县, max 5, total {what: 无症状感染者, value: 7, unit: 例}",
        "t.count_at_least fail: 我市 7 例");
  }

  @Test
  void aJavaCheckNamedFromTheRuleFileJudgesToo() {
    assertThat(findings("我市现有7例无症状感染者，其中，高唐县1例，开发区5例，高唐县1例。"))
        .contains("t.labels fail: 高唐县 is listed twice", "t.parts fail: 3 parts: 高唐县/开发区/高唐县, max 5, "
            + "total {what: 无症状感染者, value: 7, unit: 例}");
  }

  @Test
  void quantitiesOfTwoUnitsDoNotAddAndAnAuthorCanSayWhatCannotBeDecided() {
    assertThat(findings("我市现有7例无症状感染者，其中，高唐县1人，开发区6例。"))
        .contains("t.units skip: cannot add 人 and 例");
    assertThat(findings("我市现有7例无症状感染者，其中，高唐县1例，开发区6例。")).contains("t.units pass: 7 例");
    assertThat(findings("我市现有7例无症状感染者，其中，高唐县1例。")).contains("t.units skip: one part may be only some");
  }

  @Test
  void aCheckThatDoesNotApplySaysNothing() {
    // t.count_at_least applies to counts other than new ones; t.fewer_than_300 to new ones only.
    assertThat(findings("截至3月20日24时，全市新增本土确诊病例3例。")).containsExactly("t.fewer_than_300 pass: 3 例, origin 本土");
  }
}
