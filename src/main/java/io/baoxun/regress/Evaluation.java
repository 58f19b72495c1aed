package io.baoxun.regress;

import java.util.List;
import java.util.Map;

/**
 * Gold against predicted facts.
 *
 * @param strict per type: span overlap and every field the gold states equal
 * @param lenient per type: span overlap only
 * @param fields per type, per field: among span-matched pairs, equal values
 * @param misses gold facts with no strict match
 * @param falseAlarms predicted facts with no strict match
 */
public record Evaluation(
    Map<String, Scores> strict,
    Map<String, Scores> lenient,
    Map<String, Map<String, Scores>> fields,
    List<GoldFact> misses,
    List<GoldFact> falseAlarms) {

  public Scores microStrict() {
    return strict.values().stream().reduce(Scores.ZERO, Scores::plus);
  }

  public Scores microLenient() {
    return lenient.values().stream().reduce(Scores.ZERO, Scores::plus);
  }

  public double macroStrictF1() {
    return strict.values().stream().mapToDouble(Scores::f1).average().orElse(1.0);
  }

  public double macroLenientF1() {
    return lenient.values().stream().mapToDouble(Scores::f1).average().orElse(1.0);
  }
}
