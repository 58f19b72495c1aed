package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.rule.ExampleResult.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleRunnerTest {
  @TempDir Path tmp;

  @Test
  void theTestPackPassesAndNamesEachExampleWhereItIsWritten() {
    ExampleRunner.Report report = ExampleRunner.forRules(TestPacks.testPack()).run();
    assertThat(report.failures()).isEmpty();
    assertThat(report.passed()).isEqualTo(22);
    assertThat(report.summary()).isEqualTo("22 passed, 0 failed");
    String dir = TestPacks.dir("testpack").toString();
    assertThat(report.results().stream().map(r -> r.name().replace(dir + "/", "")))
        .contains(
            "rules/people.rules:19 test.dateline «本报讯（记者 王培源） 3月18日»",
            "rules/progress.rules:36 test.testing_progress «截至3月20日12时，全市完成核酸检测518.…»",
            "rules/values.rules:13 test.amount not «共518.3万人次»");
  }

  @Test
  void eachWrongExampleFailsForItsReason() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "wrong.rules",
                """
                type C { status: text, count: quantity }
                type Q = quantity
                rule t.cases {
                  summary "s"
                  match cases
                  when $status == "新增"
                  emit C { status = $status count = $count }
                  example "新增3例" { status = "新增" count = "4 例" }
                  example "现有3例" { }
                  example "«新增»3例" { }
                  example "新增例" { }
                  example "完成比例88%" { }
                  not "新增3例"
                  not "新增3例，«新增4例»"
                  example "新增3例\\n现有5例，新增3例，现有5例，新增3例，现有5例" { count = null }
                }
                rule t.short { summary "s" match quantity emit Q = $$ example "约«3例»" { value = "3" } }
                rule t.long { summary "s" match approxQuantity priority 1 emit Q = $q example "«约3例»" }
                """)
            .load();
    ExampleRunner.Report report = ExampleRunner.forRules(pack).run();
    Map<Integer, ExampleResult> byLine =
        report.results().stream()
            .collect(Collectors.toMap(r -> Integer.parseInt(r.name().replaceAll(".*wrong\\.rules:(\\d+) .*", "$1")), Function.identity()));

    assertThat(byLine.get(8).outcome()).isEqualTo(Outcome.FIELD_DIFFERS);
    assertThat(byLine.get(8).detail()).isEqualTo("field count: expected \"4 例\" got \"3 例\"");
    assertThat(byLine.get(9).outcome()).isEqualTo(Outcome.NO_FACT);
    assertThat(byLine.get(9).detail()).isEqualTo("no fact: «现有3例» when is false");
    assertThat(byLine.get(10).outcome()).isEqualTo(Outcome.SPAN_DIFFERS);
    assertThat(byLine.get(10).detail()).isEqualTo("span: expected «新增» got «新增3例»");
    assertThat(byLine.get(11).detail())
        .isEqualTo("no fact: grammar rule cases did not match; it got furthest at «新增»例: expected NUMBER");
    assertThat(byLine.get(12).detail()).isEqualTo("no fact: grammar rule cases did not start: no token of the text can begin it");
    assertThat(byLine.get(13).outcome()).isEqualTo(Outcome.UNEXPECTED_FACT);
    assertThat(byLine.get(13).detail()).isEqualTo("emitted «新增3例» {status: 新增, count: 3 例}");
    // A marked not only forbids that span: the fact at 新增3例 is allowed, the one at 新增4例 is not.
    assertThat(byLine.get(14).outcome()).isEqualTo(Outcome.UNEXPECTED_FACT);
    assertThat(byLine.get(14).detail()).startsWith("emitted «新增4例»");
    assertThat(byLine.get(15).outcome()).isEqualTo(Outcome.FIELD_DIFFERS);
    assertThat(byLine.get(15).name()).endsWith("wrong.rules:15 t.cases «新增3例⏎现有5例，新增3例，现有5例，新增3…»");
    assertThat(byLine.get(17).outcome()).isEqualTo(Outcome.NO_FACT);
    assertThat(byLine.get(17).detail()).isEqualTo("no fact: «3例» lost to t.long «约3例»: higher priority (1 > 0)");
    assertThat(byLine.get(18).passed()).isTrue();
    assertThat(report.summary()).isEqualTo(report.passed() + " passed, " + report.failed() + " failed");
  }

  @Test
  void moreSourcesPlugIn() {
    Pack pack = TestPacks.testPack();
    ExampleSource extra = p -> List.of(new ExampleCase() {
      @Override
      public String name() {
        return "grammar/News.g4:40 number «71»";
      }

      @Override
      public ExampleResult run(Engine engine) {
        return new ExampleResult(name(), Outcome.FIELD_DIFFERS, "value: expected \"72\" got \"71\"");
      }
    });
    ExampleRunner.Report report = new ExampleRunner(pack, List.of(new RuleExamples(), extra)).run();
    assertThat(report.summary()).isEqualTo("22 passed, 1 failed");
    assertThat(report.failures()).extracting(ExampleResult::name).containsExactly("grammar/News.g4:40 number «71»");
  }
}
