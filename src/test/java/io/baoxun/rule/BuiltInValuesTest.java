package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.PackException;
import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The value layer as the built-in pack reads it: times completed from the article's dateline. */
class BuiltInValuesTest {
  private static Pack pack;

  @BeforeAll
  static void load() throws PackException {
    pack = PackLoader.load(Path.of("."));
  }

  /** "text → display value" of the Temporal facts of a one-article page. */
  private static List<String> temporals(String page, ReadContext context) {
    NormalizedText text = NormalizedText.of(page);
    List<Fact> facts = pack.newEngine().facts(text, new Segmenter().segment(text), context);
    return facts.stream()
        .filter(f -> f.type().equals("Temporal"))
        .map(f -> f.text() + " → " + f.fields().values().stream().map(Display::of).collect(Collectors.joining("/")))
        .toList();
  }

  @Test
  void aDatelineThatStatesTheYearCompletesDatesAndAnchorsRelativeOnes() {
    assertThat(temporals("本报2022年1月15日讯（记者 张三） 1月10日以来，昨天，今年，12月28日，23日。", ReadContext.NONE))
        .containsExactly(
            "2022年1月15日 → 2022-01-15",
            "1月10日 → 2022-01-10",
            "昨天 → 2022-01-14",
            "今年 → 2022",
            "12月28日 → 2021-12-28",
            "23日 → 2022-01-23");
  }

  @Test
  void aDatelineWithoutAYearAnchorsDaysButNeverInventsAYear() {
    assertThat(temporals("本报3月1日讯（记者 张三） 昨天，今年，3月18日，23日。", ReadContext.NONE))
        .containsExactly(
            "3月1日 → XXXX-03-01",
            "昨天 → XXXX-02-29",
            "今年 → THIS P1Y",
            "3月18日 → XXXX-03-18",
            "23日 → XXXX-03-23");
  }

  @Test
  void withoutADatedDatelineRelativeTimesStayRelativeAndYearOnlyComesFromTheUser() {
    assertThat(temporals("本报讯（记者 张三） 昨天，今年，3月18日。", ReadContext.NONE))
        .containsExactly("昨天 → OFFSET P-1D", "今年 → THIS P1Y", "3月18日 → XXXX-03-18");
    assertThat(temporals("本报讯（记者 张三） 3月18日下午。", new ReadContext(OptionalInt.of(2022), java.util.Optional.empty())))
        .containsExactly("3月18日下午 → 2022-03-18TAF");
  }

  @Test
  void aFourDigitYearIsATimeNotADurationOfYears() {
    NormalizedText text = NormalizedText.of("自2019年以来，共投入资金2000万元。");
    List<Fact> facts = pack.newEngine().facts(text, new Segmenter().segment(text), ReadContext.NONE);
    assertThat(facts).filteredOn(f -> f.type().equals("Temporal") || f.type().equals("Quantity"))
        .extracting(f -> f.type() + " " + f.text())
        .containsExactly("Temporal 2019年", "Quantity 2000万元");
  }
}
