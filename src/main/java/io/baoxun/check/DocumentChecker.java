package io.baoxun.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the checks of one document (scopes fact, article and document) over its facts. Stateless:
 * a document's findings depend on its facts alone, so they are the same on every thread.
 *
 * <p>Findings come in document order: by the first fact judged, then in the order the checks are
 * written in the pack, then by the other facts judged.
 */
final class DocumentChecker {
  private DocumentChecker() {}

  private record Ordered(List<Integer> facts, int check, Finding finding) {}

  private static final Comparator<Ordered> ORDER =
      Comparator.comparingInt((Ordered o) -> o.facts().isEmpty() ? -1 : o.facts().get(0))
          .thenComparingInt(Ordered::check)
          .thenComparing(Ordered::facts, DocumentChecker::lexicographic);

  static List<Finding> findings(List<CheckSpec> checks, List<FactRef> facts, io.baoxun.grammar.Deadline deadline) {
    List<Ordered> out = new ArrayList<>();
    for (int c = 0; c < checks.size(); c++) {
      CheckSpec check = checks.get(c);
      if (check.scope() == Scope.RUN) {
        continue;
      }
      int order = c;
      enumerate(check.selection(), facts, b -> {
        deadline.check();
        Optional<Verdict> v = check.judge().judge(b);
        if (v.isPresent()) {
          List<FactRef> judged = b.judged();
          out.add(new Ordered(
              judged.stream().map(FactRef::index).toList(),
              order,
              Finding.of(check, v.get(), judged.stream().map(FactRef::id).toList())));
        }
      });
    }
    out.sort(ORDER);
    return out.stream().map(Ordered::finding).toList();
  }

  /**
   * Every binding of the selection's names to facts of the document: facts grouped by article (or
   * the whole document) and by the {@code same} fields; in each group, each choice of distinct
   * facts for the single names (names declared together in document order, each set once), and
   * for each list name the group's other facts of its kinds.
   */
  static void enumerate(Selection s, List<FactRef> facts, Consumer<Bindings> sink) {
    List<Variable> vars = s.variables();
    Map<List<String>, List<List<Bindings.One>>> groups = new LinkedHashMap<>();
    for (FactRef f : facts) {
      for (int v = 0; v < vars.size(); v++) {
        Optional<Bindings.One> one = vars.get(v).bind(f);
        if (one.isEmpty()) {
          continue;
        }
        List<String> key = new ArrayList<>();
        if (s.scope() == Scope.ARTICLE) {
          key.add(Integer.toString(f.article()));
        }
        key.addAll(Keys.of(f, s.same()));
        groups.computeIfAbsent(key, k -> emptyLists(vars.size())).get(v).add(one.get());
      }
    }
    for (List<List<Bindings.One>> group : groups.values()) {
      combine(vars, group, 0, new Bindings.One[vars.size()], sink);
    }
  }

  private static List<List<Bindings.One>> emptyLists(int n) {
    List<List<Bindings.One>> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static void combine(
      List<Variable> vars, List<List<Bindings.One>> group, int v, Bindings.One[] chosen, Consumer<Bindings> sink) {
    if (v == vars.size()) {
      sink.accept(bindings(vars, group, chosen));
      return;
    }
    Variable var = vars.get(v);
    if (var.list()) {
      combine(vars, group, v + 1, chosen, sink);
      return;
    }
    for (Bindings.One candidate : group.get(v)) {
      if (fits(vars, chosen, v, candidate)) {
        chosen[v] = candidate;
        combine(vars, group, v + 1, chosen, sink);
        chosen[v] = null;
      }
    }
  }

  /** Distinct facts for the single names; names declared together take facts in document order. */
  private static boolean fits(List<Variable> vars, Bindings.One[] chosen, int v, Bindings.One candidate) {
    for (int i = 0; i < v; i++) {
      if (chosen[i] == null) {
        continue;
      }
      if (chosen[i].fact().index() == candidate.fact().index()) {
        return false;
      }
      if (vars.get(i).source() == vars.get(v).source() && chosen[i].fact().index() > candidate.fact().index()) {
        return false;
      }
    }
    return true;
  }

  private static Bindings bindings(List<Variable> vars, List<List<Bindings.One>> group, Bindings.One[] chosen) {
    Set<Integer> taken = new HashSet<>();
    for (Bindings.One one : chosen) {
      if (one != null) {
        taken.add(one.fact().index());
      }
    }
    Map<String, Bindings.Bound> bound = new LinkedHashMap<>();
    for (int v = 0; v < vars.size(); v++) {
      if (vars.get(v).list()) {
        List<FactRef> rest = new ArrayList<>();
        for (Bindings.One one : group.get(v)) {
          if (!taken.contains(one.fact().index())) {
            rest.add(one.fact());
          }
        }
        bound.put(vars.get(v).name(), new Bindings.Many(rest));
      } else {
        bound.put(vars.get(v).name(), chosen[v]);
      }
    }
    return new Bindings(bound);
  }

  private static int lexicographic(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
