package io.baoxun.check;

import io.baoxun.fact.FieldValue;
import java.util.List;
import java.util.Optional;

/**
 * A name of a check's {@code for} clause and the facts it ranges over.
 *
 * @param source which {@code in} clause declared it: names declared together ({@code a, b in T})
 *     take each pair once, in document order
 * @param list whether the name stands for all such facts at once ({@code rs in list<CaseReport>})
 */
public record Variable(String name, int source, List<Alternative> alternatives, boolean list) {
  public Variable {
    alternatives = List.copyOf(alternatives);
  }

  /** One kind of fact a name ranges over: a type, or a field of it, with the {@code if} filter. */
  public record Alternative(String type, Optional<FieldPath> field, Optional<FactFilter> filter) {}

  /** A condition on one fact ({@code if status == "累计"}), compiled from the rule file. */
  public interface FactFilter {
    /** Whether the fact is one the check is about; an unknown condition leaves it out. */
    boolean test(FactRef fact);
  }

  /**
   * What this name binds for a fact: the fact (and the field value a field source names), or
   * empty when the fact is not of its kinds, fails the filter, or lacks the field.
   */
  public Optional<Bindings.One> bind(FactRef fact) {
    for (Alternative a : alternatives) {
      if (!a.type().equals(fact.type()) || (a.filter().isPresent() && !a.filter().get().test(fact))) {
        continue;
      }
      if (a.field().isEmpty()) {
        return Optional.of(new Bindings.One(fact, null));
      }
      FieldValue v = a.field().get().get(fact);
      if (!(v instanceof FieldValue.Null)) {
        return Optional.of(new Bindings.One(fact, v));
      }
    }
    return Optional.empty();
  }
}
