package io.baoxun.rule;

import io.baoxun.rule.ast.Clause;
import io.baoxun.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks a rule's examples when the pack loads: span marks, and fields the fact type has. */
final class ExampleChecker {
  private static final int OPEN = '«';
  private static final int CLOSE = '»';

  private final Problems problems;

  ExampleChecker(Problems problems) {
    this.problems = problems;
  }

  Optional<RuleExample> check(Clause.Example e, FactType type) {
    boolean ok = true;
    if (e.text().isBlank()) {
      problems.error(e.textPos(), "an example needs a text");
      ok = false;
    }
    int open = -1;
    int close = -1;
    int opens = 0;
    int closes = 0;
    StringBuilder text = new StringBuilder();
    int cp = 0;
    for (int i = 0; i < e.text().length(); ) {
      int c = e.text().codePointAt(i);
      i += Character.charCount(c);
      if (c == OPEN) {
        opens++;
        open = cp;
      } else if (c == CLOSE) {
        closes++;
        close = cp;
      } else {
        text.appendCodePoint(c);
        cp++;
      }
    }
    Optional<Span> span = Optional.empty();
    if (opens + closes > 0) {
      if (opens != 1 || closes != 1 || close <= open) {
        problems.error(e.textPos(), "an example marks the span its fact covers with one « and one » after it, around some text");
        ok = false;
      } else {
        span = Optional.of(new Span(open, close));
      }
    }
    Set<String> known = type == null ? Set.of() : type.exampleFields();
    Map<String, Optional<String>> expected = new LinkedHashMap<>();
    for (Clause.Expectation x : e.expectations()) {
      if (type != null && !known.contains(x.field())) {
        problems.error(x.pos(), "unknown field '" + x.field() + "' in " + type.name() + Suggest.hint(x.field(), known, ""));
        ok = false;
      } else if (expected.containsKey(x.field())) {
        problems.error(x.pos(), "field '" + x.field() + "' is expected twice");
        ok = false;
      }
      expected.put(x.field(), x.expected());
    }
    return ok ? Optional.of(new RuleExample(e.positive(), text.toString(), span, expected, e.pos())) : Optional.empty();
  }
}
