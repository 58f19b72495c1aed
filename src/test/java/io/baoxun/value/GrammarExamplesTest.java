package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example written above the rules of the pack's grammar, one dynamic test each, named
 * like {@code grammar/Values.g4:42 quantity «518.3万人次»}.
 */
class GrammarExamplesTest {
  @TestFactory
  Stream<DynamicTest> everyGrammarExample() throws Exception {
    ExampleRunner runner = new ExampleRunner(TestPack.grammar());
    return ExampleRunner.examplesOf(TestPack.DIR).stream()
        .map(ex -> DynamicTest.dynamicTest(ex.name(), () -> {
          ExampleResult r = runner.run(ex);
          if (!r.passed()) {
            throw new AssertionError(r.toString());
          }
        }));
  }

  @Test
  void thereAreEnoughExamplesAndEveryValueRuleHasSome() throws Exception {
    List<GrammarExample> all = ExampleRunner.examplesOf(TestPack.DIR);
    assertThat(all).hasSizeGreaterThanOrEqualTo(300);
    assertThat(all.stream().map(GrammarExample::rule).distinct())
        .contains("number", "ordinal", "quantity", "percent", "time", "interval", "duration", "frequency");
    assertThat(all.stream().filter(GrammarExample::negative)).hasSizeGreaterThan(30);
  }

  @Test
  void runAllReportsEveryExample() throws Exception {
    List<ExampleResult> results = ExampleRunner.runAll(TestPack.DIR);
    assertThat(results).hasSameSizeAs(ExampleRunner.examplesOf(TestPack.DIR));
    assertThat(results).allMatch(ExampleResult::passed);
  }
}
