package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.baoxun.check.CheckPacks;
import io.baoxun.rule.Engine;
import io.baoxun.rule.ExampleCase;
import io.baoxun.rule.ExampleResult;
import io.baoxun.rule.Pack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example written beside a check, one dynamic test each, named where it is written: the
 * checks' test pack, and the built-in pack once it has checks. And what a failing example says.
 */
class CheckExamplesTest {
  @TempDir Path dir;

  @TestFactory
  Stream<DynamicNode> testPackCheckExamples() {
    return examples("check test pack", CheckPacks.testPack());
  }

  @TestFactory
  Stream<DynamicNode> builtInPackCheckExamples() {
    if (!Files.exists(Path.of("rules", "checks.rules"))) {
      return Stream.empty();
    }
    return examples("built-in pack", CheckPacks.load(Path.of("")));
  }

  private static Stream<DynamicNode> examples(String name, Pack pack) {
    Engine engine = pack.newEngine();
    List<ExampleCase> cases = new CheckExamples().cases(pack);
    List<DynamicNode> tests =
        cases.stream()
            .<DynamicNode>map(c -> DynamicTest.dynamicTest(c.name(), () -> {
              ExampleResult r = c.run(engine);
              if (!r.passed()) {
                fail(r.outcome() + ": " + r.detail());
              }
            }))
            .toList();
    return Stream.of(DynamicContainer.dynamicContainer(name, tests));
  }

  @Test
  void everyBuiltInCheckHasPassingAndFailingExamples() {
    Pack pack = CheckPacks.testPack();
    for (var c : pack.checks().all()) {
      assertThat(c.examples()).as(c.id()).anyMatch(e -> e.positive() && e.status() == io.baoxun.check.Status.PASS);
      assertThat(c.examples()).as(c.id()).anyMatch(e -> e.positive() && e.status() == io.baoxun.check.Status.FAIL);
    }
  }

  @Test
  void aFailingExampleSaysWhichWayItFailed() {
    Pack pack = CheckPacks.load(CheckPacks.withRules(dir, "t.rules", """
        check t.sum {
          summary "the parts add up"
          severity error
          for b in Breakdown
          require sum(b.parts.value) == b.total.value
          message "{join(b.parts.value, ' + ')} = {sum(b.parts.value)}"
          example "我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例。" { status = "fail" }
          example "我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例。" { message = "1 + 5 + 1 = 8" }
          example "共交办边巡边改事项79个，完成整改78个，完成率达98.7%。"
          not "我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例。"
        }
        """));
    Engine engine = pack.newEngine();
    List<ExampleResult> results = new CheckExamples().cases(pack).stream().map(c -> c.run(engine)).toList();
    assertThat(results).extracting(r -> r.name().replace(dir + "/", ""))
        .containsExactly(
            "rules/t.rules:7 t.sum «我市现有7例无症状感染者，其中，高唐县1例，开发…»",
            "rules/t.rules:8 t.sum «我市现有7例无症状感染者，其中，高唐县1例，开发…»",
            "rules/t.rules:9 t.sum «共交办边巡边改事项79个，完成整改78个，完成率…»",
            "rules/t.rules:10 t.sum not «我市现有7例无症状感染者，其中，高唐县1例，开发…»");
    assertThat(results).extracting(ExampleResult::detail).containsExactly(
        "status: expected fail got pass [f2]: 1 + 5 + 1 = 7",
        "message: expected \"1 + 5 + 1 = 8\" got \"1 + 5 + 1 = 7\"",
        "no finding: nothing here for the check to judge (it judges Breakdown; facts found: Article, Rate)",
        "gave pass [f2]: 1 + 5 + 1 = 7");
  }
}
