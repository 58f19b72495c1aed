package io.baoxun.check;

import io.baoxun.rule.ast.Pos;
import java.util.List;

/**
 * A check of a loaded pack: what error-prone keeps for each of its checks (id, summary, severity),
 * which facts it judges, what decides it, and its examples. Immutable, shared by all threads.
 *
 * @param id a stable dotted id, unique in the pack ({@code bulletin.breakdown_sum})
 * @param pos where its id is written
 */
public record CheckSpec(
    String id, String summary, Severity severity, Selection selection, Judge judge, List<CheckExample> examples, Pos pos) {
  public CheckSpec {
    examples = List.copyOf(examples);
  }

  public Scope scope() {
    return selection.scope();
  }

  @Override
  public String toString() {
    return id;
  }
}
