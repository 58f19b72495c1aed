package io.baoxun.rule;

import java.util.List;

/**
 * Where examples come from: the rule files' {@code example}s and {@code not}s ({@link
 * RuleExamples}), and other sources the value layer adds for the grammar's value rules. {@code
 * baoxun check} and the JUnit factory run the cases of every source.
 */
public interface ExampleSource {
  /** The examples this source finds in a pack, in a stable order, each runnable on its own. */
  List<ExampleCase> cases(Pack pack);
}
