package io.baoxun.check;

import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts one judgement of a check is about, by the names its {@code for} clause gives them:
 * {@code b} in {@code for b in Breakdown}; {@code a} and {@code b} in {@code for a, b in
 * TestingProgress within document}; {@code rs} in {@code rs in list<CaseReport>}.
 */
public final class Bindings {
  /** What a name stands for: one fact (with the field value a field source binds), or a list. */
  public sealed interface Bound {}

  /**
   * @param value the value of the field a source like {@code CaseReport.time} names, or null when
   *     the name stands for the fact itself
   */
  public record One(FactRef fact, FieldValue value) implements Bound {}

  public record Many(List<FactRef> facts) implements Bound {
    public Many {
      facts = List.copyOf(facts);
    }
  }

  private final Map<String, Bound> bound;

  public Bindings(Map<String, Bound> bound) {
    this.bound = Collections.unmodifiableMap(new LinkedHashMap<>(bound));
  }

  public Map<String, Bound> all() {
    return bound;
  }

  /** The fact a name stands for (or whose field it stands for). */
  public FactRef fact(String name) {
    return ((One) require(name)).fact();
  }

  /** The field value a name stands for ({@code t in CaseReport.time}); null for a fact name. */
  public FieldValue value(String name) {
    return ((One) require(name)).value();
  }

  /** The facts a list name stands for ({@code rs in list<CaseReport>}). */
  public List<FactRef> facts(String name) {
    return ((Many) require(name)).facts();
  }

  private Bound require(String name) {
    Bound b = bound.get(name);
    if (b == null) {
      throw new IllegalArgumentException("no name '" + name + "' in this check's for clause");
    }
    return b;
  }

  /** Every fact judged, once each, in the order of the names. */
  public List<FactRef> judged() {
    Set<FactRef> out = new LinkedHashSet<>();
    for (Bound b : bound.values()) {
      if (b instanceof One o) {
        out.add(o.fact());
      } else {
        out.addAll(((Many) b).facts());
      }
    }
    return new ArrayList<>(out);
  }
}
