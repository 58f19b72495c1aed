package io.baoxun.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which facts a check judges together, scope by scope, with a judge that only says which facts it
 * was shown: one fact; pairs and groups in an article; pairs in a document; consecutive facts of a
 * key across documents, in order, with only the fields the check reads kept.
 */
class ScopesTest {
  /** A judge that passes, naming the facts it was shown by their type-free ids. */
  private static final Judge NAMES = b -> Optional.of(Verdict.pass(describe(b)));

  private static String describe(Bindings b) {
    List<String> parts = new ArrayList<>();
    b.all().forEach((name, bound) -> {
      if (bound instanceof Bindings.One o) {
        parts.add(name + "=" + o.fact().id() + (o.value() == null ? "" : ":" + io.baoxun.fact.Display.of(o.value())));
      } else {
        parts.add(name + "=" + ((Bindings.Many) bound).facts().stream().map(FactRef::id).toList());
      }
    });
    return String.join(" ", parts);
  }

  private static FactRef fact(int index, int article, String type, Object... kv) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      fields.put((String) kv[i], v instanceof FieldValue f ? f : v == null ? FieldValue.Null.INSTANCE
          : v instanceof Integer n ? FieldValue.Number.of(n) : new FieldValue.Text((String) v));
    }
    return new FactRef("d", index, article, FieldValue.Null.INSTANCE, type, fields);
  }

  private static Variable var(String name, int source, String type) {
    return new Variable(name, source, List.of(new Variable.Alternative(type, Optional.empty(), Optional.empty())), false);
  }

  private static CheckSpec check(Scope scope, List<Variable> vars, List<String> same, Judge judge) {
    return check(scope, vars, same, Optional.empty(), judge);
  }

  private static CheckSpec check(Scope scope, List<Variable> vars, List<String> same, Optional<String> order, Judge judge) {
    Selection s = new Selection(
        scope, vars, same.stream().map(p -> new FieldPath(List.of(p.split("\\.")))).toList(),
        order.map(o -> new FieldPath(List.of(o))));
    return new CheckSpec("t.c", "s", Severity.ERROR, s, judge, List.of(), new io.baoxun.rule.ast.Pos("f", 1, 1));
  }

  private static List<String> messages(CheckSpec c, List<FactRef> facts) {
    return new CheckSet(List.of(c)).document(facts).stream().map(Finding::message).toList();
  }

  private static final List<FactRef> DOC = List.of(
      fact(0, 0, "P", "region", "全市", "n", 1),
      fact(1, 0, "P", "region", "莘县", "n", 2),
      fact(2, 0, "Q", "region", "全市"),
      fact(3, 1, "P", "region", "全市", "n", 3),
      fact(4, 1, "P", "region", null, "n", 4));

  @Test
  void oneFactAtATime() {
    CheckSpec c = check(Scope.FACT, List.of(var("p", 0, "P")), List.of(), NAMES);
    assertThat(messages(c, DOC)).containsExactly("p=f1", "p=f2", "p=f4", "p=f5");
  }

  @Test
  void pairsDeclaredTogetherComeOnceInDocumentOrderWithinTheirArticle() {
    CheckSpec c = check(Scope.ARTICLE, List.of(var("a", 0, "P"), var("b", 0, "P")), List.of(), NAMES);
    assertThat(messages(c, DOC)).containsExactly("a=f1 b=f2", "a=f4 b=f5");
  }

  @Test
  void pairsInADocumentCrossArticlesAndAgreeOnTheSameFields() {
    CheckSpec c = check(Scope.DOCUMENT, List.of(var("a", 0, "P"), var("b", 0, "P")), List.of("region"), NAMES);
    assertThat(messages(c, DOC)).containsExactly("a=f1 b=f4");
  }

  @Test
  void namesOfDifferentTypesTakeEveryPairing() {
    CheckSpec c = check(Scope.ARTICLE, List.of(var("q", 0, "Q"), var("p", 1, "P")), List.of(), NAMES);
    assertThat(messages(c, DOC)).containsExactly("q=f3 p=f1", "q=f3 p=f2");
  }

  @Test
  void aListNameHoldsTheGroupsOtherFactsOfItsKind() {
    Variable all = new Variable("ps", 1, List.of(new Variable.Alternative("P", Optional.empty(), Optional.empty())), true);
    CheckSpec c = check(Scope.ARTICLE, List.of(var("p", 0, "P"), all), List.of(), NAMES);
    assertThat(messages(c, DOC)).containsExactly("p=f1 ps=[f2]", "p=f2 ps=[f1]", "p=f4 ps=[f5]", "p=f5 ps=[f4]");
    // The finding names every fact judged.
    assertThat(new CheckSet(List.of(c)).document(DOC).get(0).facts()).containsExactly("f1", "f2");
  }

  @Test
  void aFieldSourceRangesOverTheValuesThatArePresentAndAFilterLeavesFactsOut() {
    Variable.FactFilter city = f -> f.field("region") instanceof FieldValue.Text t && t.value().equals("全市");
    Variable regions = new Variable("r", 0, List.of(
        new Variable.Alternative("P", Optional.of(new FieldPath(List.of("region"))), Optional.of(city))), false);
    CheckSpec c = check(Scope.FACT, List.of(regions), List.of(), NAMES);
    assertThat(messages(c, DOC)).containsExactly("r=f1:全市", "r=f4:全市");
    Variable all = new Variable("r", 0, List.of(
        new Variable.Alternative("P", Optional.of(new FieldPath(List.of("region"))), Optional.empty())), false);
    assertThat(messages(check(Scope.FACT, List.of(all), List.of(), NAMES), DOC))
        .containsExactly("r=f1:全市", "r=f2:莘县", "r=f4:全市"); // f5 has no region
  }

  @Test
  void findingsComeInDocumentOrderThenInCheckOrder() {
    CheckSpec first = new CheckSpec("t.first", "s", Severity.ERROR,
        new Selection(Scope.FACT, List.of(var("q", 0, "Q")), List.of(), Optional.empty()), NAMES, List.of(), null);
    CheckSpec second = new CheckSpec("t.second", "s", Severity.WARNING,
        new Selection(Scope.FACT, List.of(var("p", 0, "P")), List.of(), Optional.empty()), NAMES, List.of(), null);
    List<Finding> out = new CheckSet(List.of(first, second)).document(DOC);
    assertThat(out).extracting(f -> f.check() + " " + f.facts())
        .containsExactly("t.second [f1]", "t.second [f2]", "t.first [f3]", "t.second [f4]", "t.second [f5]");
    assertThat(out.get(0).severity()).isEqualTo("warning");
  }

  // ---------------------------------------------------------------------------- across documents

  private static FactRef progress(String doc, int index, String region, String asOf, int count, String extra) {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("asOf", asOf == null ? FieldValue.Null.INSTANCE : new FieldValue.Time(asOf));
    fields.put("region", new FieldValue.Text(region));
    fields.put("completed", FieldValue.Quantity.of(BigDecimal.valueOf(count), "人次"));
    fields.put("note", new FieldValue.Text(extra));
    return new FactRef(doc, index, 0, FieldValue.Null.INSTANCE, "P", fields);
  }

  /** A judge that reads only completed, and says which facts it saw and what was kept of them. */
  private static final Judge KEPT = new Judge() {
    @Override
    public Optional<Verdict> judge(Bindings b) {
      FactRef a = b.fact("a");
      FactRef c = b.fact("b");
      return Optional.of(Verdict.pass(a.qualifiedId() + "→" + c.qualifiedId() + " " + c.fields().keySet()));
    }

    @Override
    public Optional<Set<String>> fieldsRead() {
      return Optional.of(Set.of("completed"));
    }
  };

  @Test
  void acrossDocumentsEachFactIsJudgedAfterTheOneBeforeItInOrderOfItsKey() {
    CheckSpec c = check(Scope.RUN, List.of(var("a", 0, "P"), var("b", 0, "P")), List.of("region"), Optional.of("asOf"), KEPT);
    CrossDocumentChecker across = new CheckSet(List.of(c)).newCrossDocumentChecker();
    across.observe(List.of(progress("d1", 0, "全市", "XXXX-03-21T12:00", 560, "x"), progress("d1", 1, "莘县", "XXXX-03-20T12:00", 79, "x")));
    across.observe(List.of(progress("d2", 0, "全市", "XXXX-03-20T12:00", 518, "x")));
    across.observe(List.of(progress("d3", 3, "全市", "XXXX-03-22T12:00", 600, "x"), progress("d3", 4, "莘县", null, 80, "x")));
    List<CrossDocumentChecker.Located> out = across.findings();
    // Keyed by region in the order first seen; sorted by asOf whatever the document order; the
    // finding goes under the document of the later fact; only the fields read and the keys are kept.
    assertThat(out).extracting(l -> l.doc() + " " + l.finding().status() + " " + l.finding().message())
        .containsExactly(
            "d1 pass d2#f1→d1#f1 [asOf, region, completed]",
            "d3 pass d1#f1→d3#f4 [asOf, region, completed]",
            "d3 skip cannot place it in order: asOf is missing");
    assertThat(out.get(0).finding().facts()).containsExactly("d2#f1", "d1#f1");
  }

  @Test
  void selectingPerDocumentAndJudgingPerKeyGivesTheFindingsOfOneChecker() {
    CheckSpec c = check(Scope.RUN, List.of(var("a", 0, "P"), var("b", 0, "P")), List.of("region"), Optional.of("asOf"), KEPT);
    List<List<FactRef>> documents = List.of(
        List.of(progress("d1", 0, "全市", "XXXX-03-21T12:00", 560, "x"), progress("d1", 1, "莘县", "XXXX-03-20T12:00", 79, "x")),
        List.of(progress("d2", 0, "全市", "XXXX-03-20T12:00", 518, "x"), progress("d2", 1, "全市", "XXXX-03-21T12:00", 561, "x")),
        List.of(progress("d3", 3, "全市", "XXXX-03-22T12:00", 600, "x"), progress("d3", 4, "莘县", null, 80, "x")));
    CrossDocumentChecker one = new CheckSet(List.of(c)).newCrossDocumentChecker();
    documents.forEach(one::observe);

    // As a distributed run does it: documents selected in any order (here the reverse), their
    // kept facts grouped by check and key, each group put back in input order, then judged.
    CrossDocumentChecker worker = new CheckSet(List.of(c)).newCrossDocumentChecker();
    CrossDocumentChecker.Observed[] observed = new CrossDocumentChecker.Observed[documents.size()];
    for (int d = documents.size() - 1; d >= 0; d--) {
      observed[d] = worker.select(documents.get(d));
    }
    Map<List<Object>, List<CrossDocumentChecker.Kept>> groups = new LinkedHashMap<>();
    List<CrossDocumentChecker.Located> out = new ArrayList<>();
    for (CrossDocumentChecker.Observed o : observed) {
      for (CrossDocumentChecker.Kept k : o.kept()) {
        groups.computeIfAbsent(List.of(k.check(), k.key()), x -> new ArrayList<>()).add(k);
      }
      out.addAll(o.unplaced());
    }
    groups.forEach((key, group) -> out.addAll(worker.judge((Integer) key.get(0), group)));

    assertThat(out).containsExactlyInAnyOrderElementsOf(one.findings());
    // The tie at 03-21 (d1#f1, d2#f2) is judged in input order: d1's fact first.
    assertThat(out).extracting(l -> l.finding().message()).contains("d1#f1→d2#f2 [asOf, region, completed]");
  }

  @Test
  void timesThatStateNoDateAreTheSameAsNoOther() {
    List<FactRef> facts = List.of(
        progress("d", 0, "全市", "PRESENT_REF", 1, "x"), progress("d", 1, "全市", "PRESENT_REF", 2, "x"),
        progress("d", 2, "全市", "XXXX-03-20", 3, "x"), progress("d", 3, "全市", "XXXX-03-20", 4, "x"));
    CheckSpec c = check(Scope.DOCUMENT, List.of(var("a", 0, "P"), var("b", 0, "P")), List.of("region", "asOf"), NAMES);
    assertThat(messages(c, facts)).containsExactly("a=f3 b=f4");
  }
}
