package io.baoxun.testkit;

import io.baoxun.fact.Fact;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the facts of a document (or a text), in output order. */
public final class FactsAssert extends AbstractAssert<FactsAssert, List<Fact>> {
  FactsAssert(List<Fact> facts) {
    super(List.copyOf(facts), FactsAssert.class);
  }

  /**
   * Asserts there is a fact of {@code type}; the returned assertion narrows down to the facts of
   * that type that also have the fields, text, span or rule asked for next.
   */
  public FactAssert hasFact(String type) {
    isNotNull();
    List<Fact> ofType = actual.stream().filter(f -> f.type().equals(type)).toList();
    if (ofType.isEmpty()) {
      failWithMessage("%s", "Expecting a " + type + " fact, but there is none; the facts are " + census());
    }
    return new FactAssert(this, type, ofType);
  }

  /** Asserts there is no fact of {@code type}. */
  public FactsAssert hasNoFact(String type) {
    isNotNull();
    List<Fact> ofType = actual.stream().filter(f -> f.type().equals(type)).toList();
    if (!ofType.isEmpty()) {
      failWithMessage("%s", "Expecting no " + type + " fact, but there are " + ofType.size() + ":\n" + FactAssert.list(ofType));
    }
    return this;
  }

  /** Asserts there are exactly {@code count} facts of {@code type}. */
  public FactsAssert hasFactCount(String type, int count) {
    isNotNull();
    long n = actual.stream().filter(f -> f.type().equals(type)).count();
    if (n != count) {
      failWithMessage("%s", "Expecting " + count + " " + type + " fact(s), but there are " + n + "; the facts are " + census());
    }
    return this;
  }

  /** "Quantity ×3, Temporal ×2", or "none". */
  private String census() {
    if (actual.isEmpty()) {
      return "none";
    }
    Map<String, Long> byType = actual.stream().collect(Collectors.groupingBy(Fact::type, TreeMap::new, Collectors.counting()));
    return byType.entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
  }
}
