package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExplainerTest {
  private final Explainer explainer = new Explainer(TestPacks.testPack());

  @Test
  void listsMatchesTurnedAwayAndOverlapsLostWithWhy() {
    String out = explainer.explain("现有3例，约3例", Optional.empty());
    assertThat(out)
        .contains(
            """
            not emitted
              test.new_cases «现有3例» [0, 4): when is false
              test.big_amount «3例» [2, 4): when is false
              test.big_amount «3例» [6, 8): when is false
              test.amount «3例» [6, 8): lost to test.approx_amount «约3例» [5, 8), longer span (3 > 2 characters)
            """);
    assertThat(out)
        .contains(
            """
              test.approx_amount → Amount [5, 8) «约3例»
                value = 3
                unit  = 例
            """);
  }

  @Test
  void theRuleOptionNarrowsTheReportToOneRule() {
    String out = explainer.explain("共开展监督检查71次", Optional.of("test.tally"));
    assertThat(out).contains("test.tally → Tally").contains("items = [{what: 开展监督检查, value: 71, unit: 次}]");
  }

  @Test
  void aRuleThatFiredElsewhereShowsItsNearMissOnlyWhenAskedFor() {
    String text = "截至3月20日全市完成核酸检测518.3万人次。截至3月21日全市完成核酸检测";
    assertThat(explainer.explain(text, Optional.empty())).doesNotContain("came close\n  test.testing_progress");
    assertThat(explainer.explain(text, Optional.of("test.testing_progress")))
        .contains("came close\n  test.testing_progress (progress): «截至3月21日全市完成核酸检测»(end of paragraph): expected ");
  }

  @Test
  void showsTheNormalisedTextOnlyWhenItDiffers() {
    assertThat(explainer.explain("新增3例", Optional.empty())).startsWith("text: 新增3例\n\nmatches\n");
  }

  @Test
  void aLongNearMissKeepsTheEndOfWhatFitted() {
    String text = "截至3月21日全市完成核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测";
    assertThat(explainer.explain(text, Optional.of("test.testing_progress")))
        .contains("(progress): «…酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测核酸检测»(end of paragraph): expected NUMBER");
  }
}
