package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.grammar.PackGrammar;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule name and label the Java relies on is in the grammar: a rename breaks here, not silently. */
class ValueRulesContractTest {
  @Test
  void everyRuleNameExists() throws Exception {
    PackGrammar g = TestPack.grammar();
    for (String rule : constants(ValueRules.class)) {
      assertThat(g.hasRule(rule)).as("rule %s", rule).isTrue();
    }
  }

  @Test
  void everyLabelIsDefinedBySomeValueRule() throws Exception {
    PackGrammar g = TestPack.grammar();
    List<String> missing = new ArrayList<>();
    for (String label : constants(ValueRules.Labels.class)) {
      if (g.ruleNames().stream().noneMatch(r -> g.labels(r).contains(label))) {
        missing.add(label);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyRuleWithExamplesHasAnExampleType() throws Exception {
    for (GrammarExample ex : ExampleRunner.examplesOf(TestPack.DIR)) {
      assertThat(ValueRules.exampleType(ex.rule())).as(ex.name()).isPresent();
    }
  }

  private static List<String> constants(Class<?> c) throws IllegalAccessException {
    List<String> out = new ArrayList<>();
    for (Field f : c.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        out.add((String) f.get(null));
      }
    }
    return out;
  }
}
