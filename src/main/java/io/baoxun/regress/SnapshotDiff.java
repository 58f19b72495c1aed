package io.baoxun.regress;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * The fact-level difference between a golden snapshot of one document and today's output.
 *
 * <p>A fact keeps its identity across runs when its type, rule and span are the same; failing
 * that, when type and rule are the same and the spans overlap (the larger overlap first). So a
 * changed value shows as a change of that fact, not as one fact removed and another added.
 */
public final class SnapshotDiff {
  /** One fact that appeared, disappeared or changed. */
  public sealed interface Change {
    GoldFact fact();
  }

  public record Added(GoldFact fact) implements Change {}

  public record Removed(GoldFact fact) implements Change {}

  /**
   * @param fact today's fact
   * @param was the golden one
   * @param fields one line per difference: {@code value: 794000 → 784000}
   */
  public record Changed(GoldFact fact, GoldFact was, List<String> fields) implements Change {}

  private SnapshotDiff() {}

  /** The changes from {@code golden} to {@code today}, in text order. */
  public static List<Change> between(List<GoldFact> golden, List<GoldFact> today) {
    List<GoldFact> g = new ArrayList<>(golden);
    List<GoldFact> t = new ArrayList<>(today);
    List<Change> out = new ArrayList<>();
    // Same type, rule and span: the same fact, changed or not.
    for (Iterator<GoldFact> it = t.iterator(); it.hasNext(); ) {
      GoldFact now = it.next();
      for (Iterator<GoldFact> jt = g.iterator(); jt.hasNext(); ) {
        GoldFact was = jt.next();
        if (sameKind(now, was) && now.span().equals(was.span())) {
          it.remove();
          jt.remove();
          List<String> d = fieldChanges(was, now);
          if (!d.isEmpty()) {
            out.add(new Changed(now, was, d));
          }
          break;
        }
      }
    }
    // Same type and rule, overlapping spans: the same fact, moved.
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      for (int j = 0; j < g.size(); j++) {
        if (sameKind(t.get(i), g.get(j)) && t.get(i).span().overlaps(g.get(j).span())) {
          int overlap = Math.min(t.get(i).span().end(), g.get(j).span().end())
              - Math.max(t.get(i).span().start(), g.get(j).span().start());
          pairs.add(new int[] {overlap, i, j});
        }
      }
    }
    pairs.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]).thenComparingInt(p -> p[2]));
    boolean[] tUsed = new boolean[t.size()];
    boolean[] gUsed = new boolean[g.size()];
    for (int[] p : pairs) {
      if (!tUsed[p[1]] && !gUsed[p[2]]) {
        tUsed[p[1]] = true;
        gUsed[p[2]] = true;
        out.add(new Changed(t.get(p[1]), g.get(p[2]), fieldChanges(g.get(p[2]), t.get(p[1]))));
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (!tUsed[i]) {
        out.add(new Added(t.get(i)));
      }
    }
    for (int j = 0; j < g.size(); j++) {
      if (!gUsed[j]) {
        out.add(new Removed(g.get(j)));
      }
    }
    out.sort(Comparator.comparingInt((Change c) -> c.fact().span().start()).thenComparing(c -> c.fact().type()));
    return out;
  }

  private static boolean sameKind(GoldFact a, GoldFact b) {
    return a.type().equals(b.type()) && a.rule().equals(b.rule());
  }

  /** {@code span: 12-20 → 12-22}, {@code value: 794000 → 784000}, one line each. */
  static List<String> fieldChanges(GoldFact was, GoldFact now) {
    List<String> out = new ArrayList<>();
    if (!was.span().equals(now.span())) {
      out.add("span: " + was.span().start() + "-" + was.span().end() + " → " + now.span().start() + "-" + now.span().end());
    }
    TreeSet<String> names = new TreeSet<>();
    was.fields().fieldNames().forEachRemaining(names::add);
    now.fields().fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      diff(f, was.fields().get(f), now.fields().get(f), out);
    }
    return out;
  }

  /** Field paths down into objects (ratio.value), so the line shows the very number that moved. */
  private static void diff(String path, JsonNode a, JsonNode b, List<String> out) {
    if (a != null && b != null && a.isObject() && b.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String f : names) {
        diff(path + "." + f, a.get(f), b.get(f), out);
      }
      return;
    }
    // Exact: a snapshot pins the written precision too (88.10 is not 88.1 here).
    if (!java.util.Objects.equals(a, b)) {
      out.add(path + ": " + show(a) + " → " + show(b));
    }
  }

  private static String show(JsonNode n) {
    return n == null ? "(none)" : n.toString();
  }
}
