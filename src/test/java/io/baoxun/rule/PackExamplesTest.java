package io.baoxun.rule;

import static org.junit.jupiter.api.Assertions.fail;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of a pack, one dynamic test each, named where it is written: the test pack here,
 * and the built-in pack at the repository root as soon as it has a {@code rules/} folder.
 */
class PackExamplesTest {
  @TestFactory
  Stream<DynamicNode> testPackExamples() {
    return examples("testpack", TestPacks.testPack());
  }

  @TestFactory
  Stream<DynamicNode> builtInPackExamples() {
    // Surefire runs in the repository root, which is the built-in pack.
    Path root = Path.of("");
    if (!Files.isDirectory(root.resolve("rules"))) {
      return Stream.empty();
    }
    Pack pack;
    try {
      pack = PackLoader.load(root);
    } catch (PackException e) {
      String problems = e.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining("\n"));
      return Stream.of(DynamicTest.dynamicTest("built-in pack loads", () -> fail(problems)));
    }
    return examples("built-in pack", pack);
  }

  private static Stream<DynamicNode> examples(String name, Pack pack) {
    Engine engine = pack.newEngine(); // dynamic tests of one factory run on one thread, in order
    List<DynamicNode> tests =
        ExampleRunner.forRules(pack).cases().stream()
            .<DynamicNode>map(
                c -> DynamicTest.dynamicTest(c.name(), () -> {
                  ExampleResult r = c.run(engine);
                  if (!r.passed()) {
                    fail(r.outcome() + ": " + r.detail());
                  }
                }))
            .toList();
    return Stream.of(DynamicContainer.dynamicContainer(name, tests));
  }
}
