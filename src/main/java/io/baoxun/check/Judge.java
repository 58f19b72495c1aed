package io.baoxun.check;

import java.util.Optional;
import java.util.Set;

/**
 * What decides a check once its facts are chosen: the compiled {@code require} and {@code
 * message} of a declarative check, or a {@link JavaCheck}. Immutable and shared by all threads.
 */
public interface Judge {
  /**
   * The verdict on one binding of the check's names to facts, or empty when the check does not
   * apply to them (its {@code when} is false).
   */
  Optional<Verdict> judge(Bindings facts);

  /**
   * The fields of the facts this judge reads; empty when it may read any. Checks across documents
   * keep only these (and the keys) until every document is read.
   */
  default Optional<Set<String>> fieldsRead() {
    return Optional.empty();
  }
}
