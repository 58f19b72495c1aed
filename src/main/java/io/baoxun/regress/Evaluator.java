package io.baoxun.regress;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Scores predicted facts against gold facts, per document and type.
 *
 * <p>Pairs are formed one-to-one: first the pairs whose spans overlap AND whose fields agree
 * (strict), then, among the rest, pairs whose spans overlap (lenient); within each round the pair
 * with the larger overlap is taken first. A field is judged only where the gold states it, so gold
 * may leave out fields nobody annotated. Numbers compare by value (88.1 equals 88.10). A gold
 * number or text where the prediction has an object with a {@code value} (a quantity, a time)
 * stands for that value alone: {@code completed=794000} in brat gold checks the number, not the
 * unit.
 */
public final class Evaluator {
  private final Predicate<String> types;

  /** Scores the fact types {@code types} accepts (e.g. only the pack's report facts). */
  public Evaluator(Predicate<String> types) {
    this.types = types;
  }

  public Evaluation evaluate(Collection<GoldFact> gold, Collection<GoldFact> predicted) {
    Map<String, List<GoldFact>> goldBy = group(gold);
    Map<String, List<GoldFact>> predBy = group(predicted);
    Set<String> keys = new TreeSet<>(goldBy.keySet());
    keys.addAll(predBy.keySet());

    Map<String, Scores> strict = new TreeMap<>();
    Map<String, Scores> lenient = new TreeMap<>();
    Map<String, Map<String, Scores>> fields = new TreeMap<>();
    List<GoldFact> misses = new ArrayList<>();
    List<GoldFact> falseAlarms = new ArrayList<>();

    for (String key : keys) {
      String type = key.substring(key.indexOf('\u0000') + 1);
      List<GoldFact> g = new ArrayList<>(goldBy.getOrDefault(key, List.of()));
      List<GoldFact> p = new ArrayList<>(predBy.getOrDefault(key, List.of()));
      List<GoldFact[]> strictPairs = pair(g, p, true);
      List<GoldFact[]> loosePairs = pair(g, p, false);
      int s = strictPairs.size();
      int l = s + loosePairs.size();
      int goldCount = g.size() + l;
      int predCount = p.size() + l;
      strict.merge(type, new Scores(s, predCount - s, goldCount - s), Scores::plus);
      lenient.merge(type, new Scores(l, predCount - l, goldCount - l), Scores::plus);
      for (GoldFact[] pr : loosePairs) {
        misses.add(pr[0]);
        falseAlarms.add(pr[1]);
      }
      misses.addAll(g);
      falseAlarms.addAll(p);
      Map<String, Scores> perField = fields.computeIfAbsent(type, t -> new TreeMap<>());
      List<GoldFact[]> all = new ArrayList<>(strictPairs);
      all.addAll(loosePairs);
      for (GoldFact[] pr : all) {
        pr[0].fields().fieldNames().forEachRemaining(f -> {
          boolean same = sameValue(pr[0].fields().get(f), pr[1].fields().get(f));
          perField.merge(f, same ? new Scores(1, 0, 0) : new Scores(0, 1, 1), Scores::plus);
        });
      }
      for (GoldFact x : g) {
        x.fields().fieldNames().forEachRemaining(f -> perField.merge(f, new Scores(0, 0, 1), Scores::plus));
      }
      for (GoldFact x : p) {
        x.fields().fieldNames().forEachRemaining(f -> perField.merge(f, new Scores(0, 1, 0), Scores::plus));
      }
    }
    Comparator<GoldFact> order =
        Comparator.comparing(GoldFact::doc).thenComparingInt(f -> f.span().start()).thenComparing(GoldFact::type);
    misses.sort(order);
    falseAlarms.sort(order);
    return new Evaluation(strict, lenient, fields, misses, falseAlarms);
  }

  private Map<String, List<GoldFact>> group(Collection<GoldFact> facts) {
    return facts.stream()
        .filter(f -> types.test(f.type()))
        .collect(Collectors.groupingBy(f -> f.doc() + '\u0000' + f.type(), TreeMap::new, Collectors.toList()));
  }

  /** Takes pairs out of {@code g} and {@code p}, largest overlap first. */
  private static List<GoldFact[]> pair(List<GoldFact> g, List<GoldFact> p, boolean strict) {
    List<int[]> candidates = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        GoldFact a = g.get(i);
        GoldFact b = p.get(j);
        if (a.span().overlaps(b.span()) && (!strict || fieldsAgree(a.fields(), b.fields()))) {
          int overlap = Math.min(a.span().end(), b.span().end()) - Math.max(a.span().start(), b.span().start());
          candidates.add(new int[] {overlap, i, j});
        }
      }
    }
    candidates.sort(Comparator.<int[]>comparingInt(c -> -c[0]).thenComparingInt(c -> c[1]).thenComparingInt(c -> c[2]));
    boolean[] gUsed = new boolean[g.size()];
    boolean[] pUsed = new boolean[p.size()];
    List<GoldFact[]> pairs = new ArrayList<>();
    for (int[] c : candidates) {
      if (!gUsed[c[1]] && !pUsed[c[2]]) {
        gUsed[c[1]] = true;
        pUsed[c[2]] = true;
        pairs.add(new GoldFact[] {g.get(c[1]), p.get(c[2])});
      }
    }
    removeUsed(g, gUsed);
    removeUsed(p, pUsed);
    return pairs;
  }

  private static void removeUsed(List<GoldFact> list, boolean[] used) {
    Iterator<GoldFact> it = list.iterator();
    for (int i = 0; it.hasNext(); i++) {
      it.next();
      if (used[i]) {
        it.remove();
      }
    }
  }

  /** Every field the gold states has the same value in the prediction. */
  static boolean fieldsAgree(JsonNode gold, JsonNode predicted) {
    Iterator<String> names = gold.fieldNames();
    while (names.hasNext()) {
      String f = names.next();
      if (!sameValue(gold.get(f), predicted.get(f))) {
        return false;
      }
    }
    return true;
  }

  static boolean sameValue(JsonNode a, JsonNode b) {
    if (a == null || a.isNull()) {
      return b == null || b.isNull();
    }
    if (b == null || b.isNull()) {
      return false;
    }
    if (a.isValueNode() && b.isObject() && b.has("value")) {
      return sameValue(a, b.get("value"));
    }
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      Iterator<String> names = a.fieldNames();
      while (names.hasNext()) {
        String f = names.next();
        if (!sameValue(a.get(f), b.get(f))) {
          return false;
        }
      }
      return true;
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }
}
