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
 * <p>{@link #observe} and {@link #findings} are not thread-safe: one checker per run, fed by the
 * thread that writes the output in input order, so its findings are the same at any thread count.
 * A distributed run uses the two steps they are made of, which keep no state: {@link #select} on
 * each document, then, after grouping by check and key, {@link #judge} on each group.
 */
public final class CrossDocumentChecker {
  /** A finding across documents with the document it is written under: that of the later fact. */
  public record Located(String doc, Finding finding) {}

  /**
   * One fact kept for a check across documents: the check (its place among this checker's checks),
   * the key it is grouped by, its binding (the fact with only the fields the check reads) and its
   * place in order. What a distributed run ships from a document to its key's group.
   */
  public record Kept(int check, List<String> key, Bindings.One one, FieldValue order) {
    public Kept {
      key = List.copyOf(key);
    }
  }

  /**
   * What the checks across documents take from one document: the facts they keep, and a {@code
   * skip} for each fact that cannot be placed in order (those need no other document).
   */
  public record Observed(List<Kept> kept, List<Located> unplaced) {
    public Observed {
      kept = List.copyOf(kept);
      unplaced = List.copyOf(unplaced);
    }
  }

  private final List<CheckSpec> checks;
  private final List<Set<String>> keep;
  /** Per check, per key in the order keys were first seen, the facts kept in input order. */
  private final List<Map<List<String>, List<Kept>>> groups = new ArrayList<>();
  private final List<List<Located>> unplaced = new ArrayList<>();

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
    Observed o = select(facts);
    for (Kept k : o.kept()) {
      groups.get(k.check()).computeIfAbsent(k.key(), x -> new ArrayList<>()).add(k);
    }
    for (Located l : o.unplaced()) {
      unplaced.get(checkOf(l)).add(l);
    }
  }

  private int checkOf(Located l) {
    for (int c = 0; c < checks.size(); c++) {
      if (checks.get(c).id().equals(l.finding().check())) {
        return c;
      }
    }
    throw new IllegalStateException("no check " + l.finding().check());
  }

  /**
   * What the checks keep of one document's facts, without keeping it: this reads no state, so
   * workers of a distributed run call it on documents in any order and on any thread.
   */
  public Observed select(List<FactRef> facts) {
    List<Kept> kept = new ArrayList<>();
    List<Located> skips = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      Selection s = checks.get(c).selection();
      Variable first = s.variables().get(0);
      for (FactRef f : facts) {
        Optional<Bindings.One> one = first.bind(f);
        if (one.isEmpty()) {
          continue;
        }
        FactRef small = keep.get(c) == null ? f : f.keeping(keep.get(c));
        FieldValue order = s.order().orElseThrow().get(f);
        if (order instanceof FieldValue.Null) {
          skips.add(new Located(f.doc(), new Finding(
              checks.get(c).id(), Status.SKIP.label(), List.of(f.qualifiedId()),
              "cannot place it in order: " + s.order().get() + " is missing", checks.get(c).severity().label())));
          continue;
        }
        kept.add(new Kept(c, Keys.of(f, s.same()), new Bindings.One(small, one.get().value()), order));
      }
    }
    return new Observed(kept, skips);
  }

  /**
   * The findings, once every document has been observed: check by check in pack order, key by key
   * in the order keys were first seen, pair by pair in order.
   */
  public List<Located> findings() {
    List<Located> out = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      for (List<Kept> group : groups.get(c).values()) {
        out.addAll(judge(c, group));
      }
      out.addAll(unplaced.get(c));
    }
    return out;
  }

  /**
   * The findings of one check on the facts of one key. {@code group} must be in input order:
   * documents in the order the run was given them, each document's facts in output order, because
   * facts at the same place in order are judged in that order. Reads no state.
   */
  public List<Located> judge(int check, List<Kept> group) {
    CheckSpec spec = checks.get(check);
    List<Variable> vars = spec.selection().variables();
    List<Kept> sorted = new ArrayList<>(group);
    // A stable sort: ties stay in input order.
    sorted.sort(Comparator.comparing(Kept::order, CrossDocumentChecker::compareOrder));
    List<Located> out = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      Bindings.One a = sorted.get(i - 1).one();
      Bindings.One b = sorted.get(i).one();
      Map<String, Bindings.Bound> bound = new LinkedHashMap<>();
      bound.put(vars.get(0).name(), a);
      bound.put(vars.get(1).name(), b);
      Optional<Verdict> v = spec.judge().judge(new Bindings(bound));
      if (v.isPresent()) {
        List<String> ids = List.of(a.fact().qualifiedId(), b.fact().qualifiedId());
        out.add(new Located(b.fact().doc(), Finding.of(spec, v.get(), ids)));
      }
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
