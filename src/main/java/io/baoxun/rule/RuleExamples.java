package io.baoxun.rule;

import java.util.ArrayList;
import java.util.List;

/** The {@code example}s and {@code not}s written in a pack's rule files, rule by rule. */
public final class RuleExamples implements ExampleSource {
  @Override
  public List<ExampleCase> cases(Pack pack) {
    List<ExampleCase> out = new ArrayList<>();
    for (Rule r : pack.rules()) {
      for (RuleExample e : r.examples()) {
        out.add(new RuleExampleCase(r, e));
      }
    }
    return out;
  }
}
