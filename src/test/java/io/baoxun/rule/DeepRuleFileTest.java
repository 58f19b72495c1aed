package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule files nested or chained beyond reason get a diagnostic, never a stack overflow. */
class DeepRuleFileTest {
  private static String rule(String when) {
    return "type A { x: text }\nrule t.a {\n  summary \"s\"\n  match credit\n  when " + when
        + "\n  emit A { x = $role }\n  example \"（通讯员 李平）\" { x = \"通讯员\" }\n}\n";
  }

  @ParameterizedTest
  @ValueSource(ints = {51, 3_000, 100_000})
  void deeplyNestedBracketsAreRefusedWhereTheyGoTooDeep(int depth) {
    assertThat(problems(rule("(".repeat(depth) + "$role == \"x\"" + ")".repeat(depth))))
        .containsExactly("rules/a.rules:5:57: error: nested more than 50 deep; no rule needs that many brackets");
    assertThat(problems(rule("[".repeat(depth))))
        .containsExactly("rules/a.rules:5:57: error: nested more than 50 deep; no rule needs that many brackets");
  }

  @ParameterizedTest
  @ValueSource(ints = {600, 100_000})
  void longChainsOfOperatorsAreRefused(int length) {
    String tooMany = "error: more than 500 operators in one declaration; split it into smaller rules or checks";
    assertThat(problems(rule("$role ?? ".repeat(length) + "null == \"x\""))).singleElement().asString().endsWith(tooMany);
    assertThat(problems(rule("not ".repeat(length) + "$role == \"x\""))).singleElement().asString().endsWith(tooMany);
    assertThat(problems(rule("1 + ".repeat(length) + "1 > 0"))).singleElement().asString().endsWith(tooMany);
    assertThat(problems(rule("$role" + ".x".repeat(length) + " == null"))).singleElement().asString().endsWith(tooMany);
  }

  @ParameterizedTest
  @ValueSource(ints = {50, 400})
  void withinTheBoundsTheyParse(int n) {
    // Nonsense to the type checker, but the parser reads it and says nothing.
    String nested = "(".repeat(Math.min(n, 48)) + "$role == \"x\"" + ")".repeat(Math.min(n, 48));
    assertThat(problems(rule(nested))).isEmpty();
    assertThat(problems(rule("not ".repeat(n) + "$role == \"x\""))).isEmpty();
    assertThat(problems(rule("$role ?? ".repeat(n) + "null == \"x\""))).isEmpty();
  }

  private static List<String> problems(String text) {
    Problems problems = new Problems();
    RuleFileParser.parse("rules/a.rules", text, problems);
    return problems.diagnostics().stream().map(Diagnostic::headline).toList();
  }
}
