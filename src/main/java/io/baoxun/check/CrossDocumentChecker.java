package io.baoxun.check;

import io.baoxun.fact.Display;
import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the checks across documents ({@code across documents}): it is shown each document's facts
 * in input order and keeps, per check and key ({@code same region, activity}), only the values the
 * check reads: the ordering field, the key and the fields its judge names, never whole documents.
 * After the last document, each key's facts are sorted ({@code order by asOf}) and every fact is
 * judged against the one before it.
 *
 * <p>Not thread-safe: one per run, fed by the thread that writes the output in input order, so
 * its findings are the same at any thread count.
 */
public final class CrossDocumentChecker {
  /** A finding across documents with the document it is written under: that of the later fact. */
  public record Located(String doc, Finding finding) {}

  /** One fact kept for a check: which document (by input order), its binding, its place in order. */
  private record Entry(int document, Bindings.One one, FieldValue order) {}

  private final List<CheckSpec> checks;
  private final List<Set<String>> keep;
  private final List<Map<List<String>, List<Entry>>> groups = new ArrayList<>();
  private final List<List<Located>> unplaced = new ArrayList<>();
  private int documents;

  CrossDocumentChecker(List<CheckSpec> all) {
    this.checks = all.stream().filter(c -> c.scope() == Scope.RUN).toList();
    this.keep = new ArrayList<>();
    for (CheckSpec c : checks) {
      keep.add(kept(c));
      groups.add(new LinkedHashMap<>());
      unplaced.add(new ArrayList<>());
    }
  }

  /** The fields kept of each fact: what the judge reads, the keys and the order; null for all. */
  private static Set<String> kept(CheckSpec c) {
    Optional<Set<String>> read = c.judge().fieldsRead();
    if (read.isEmpty()) {
      return null;
    }
    Set<String> names = new HashSet<>(read.get());
    Selection s = c.selection();
    s.same().forEach(p -> names.add(p.first()));
    s.order().ifPresent(p -> names.add(p.first()));
    for (Variable v : s.variables()) {
      v.alternatives().forEach(a -> a.field().ifPresent(p -> names.add(p.first())));
    }
    return names;
  }

  public boolean isEmpty() {
    return checks.isEmpty();
  }

  /** Takes the facts of the next document in input order. */
  public void observe(List<FactRef> facts) {
    int document = documents++;
    for (int c = 0; c < checks.size(); c++) {
      Selection s = checks.get(c).selection();
      Variable first = s.variables().get(0);
      for (FactRef f : facts) {
        Optional<Bindings.One> one = first.bind(f);
        if (one.isEmpty()) {
          continue;
        }
        FactRef small = keep.get(c) == null ? f : f.keeping(keep.get(c));
        Bindings.One kept = new Bindings.One(small, one.get().value());
        FieldValue order = s.order().orElseThrow().get(f);
        if (order instanceof FieldValue.Null) {
          unplaced.get(c).add(new Located(f.doc(), new Finding(
              checks.get(c).id(), Status.SKIP.label(), List.of(f.qualifiedId()),
              "cannot place it in order: " + s.order().get() + " is missing", checks.get(c).severity().label())));
          continue;
        }
        groups.get(c).computeIfAbsent(Keys.of(f, s.same()), k -> new ArrayList<>()).add(new Entry(document, kept, order));
      }
    }
  }

  /**
   * The findings, once every document has been observed: check by check in pack order, key by key
   * in the order keys were first seen, pair by pair in order.
   */
  public List<Located> findings() {
    List<Located> out = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      CheckSpec check = checks.get(c);
      List<Variable> vars = check.selection().variables();
      for (List<Entry> entries : groups.get(c).values()) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(
            Comparator.comparing(Entry::order, CrossDocumentChecker::compareOrder)
                .thenComparingInt(Entry::document)
                .thenComparingInt(e -> e.one().fact().index()));
        for (int i = 1; i < sorted.size(); i++) {
          Entry a = sorted.get(i - 1);
          Entry b = sorted.get(i);
          Map<String, Bindings.Bound> bound = new LinkedHashMap<>();
          bound.put(vars.get(0).name(), a.one());
          bound.put(vars.get(1).name(), b.one());
          Optional<Verdict> v = check.judge().judge(new Bindings(bound));
          if (v.isPresent()) {
            List<String> ids = List.of(a.one().fact().qualifiedId(), b.one().fact().qualifiedId());
            out.add(new Located(b.one().fact().doc(), Finding.of(check, v.get(), ids)));
          }
        }
      }
      out.addAll(unplaced.get(c));
    }
    return out;
  }

  /** Order values: times by the calendar (as far as it goes), amounts by size, others as text. */
  static int compareOrder(FieldValue x, FieldValue y) {
    if (x instanceof FieldValue.Time a && y instanceof FieldValue.Time b) {
      Optional<Times.Point> pa = Times.Point.parse(a.value());
      Optional<Times.Point> pb = Times.Point.parse(b.value());
      if (pa.isPresent() && pb.isPresent()) {
        int c = Times.SORT.compare(pa.get(), pb.get());
        return c != 0 ? c : a.value().compareTo(b.value());
      }
      if (pa.isPresent() != pb.isPresent()) {
        return pa.isPresent() ? -1 : 1;
      }
      return a.value().compareTo(b.value());
    }
    Amount a = Amount.of(x);
    Amount b = Amount.of(y);
    if (a != null && b != null && a.lo() != null && b.lo() != null) {
      return a.lo().compareTo(b.lo());
    }
    return Display.of(x).compareTo(Display.of(y));
  }
}
