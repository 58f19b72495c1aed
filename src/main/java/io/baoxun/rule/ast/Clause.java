package io.baoxun.rule.ast;

import java.util.List;
import java.util.Optional;

/** One clause of a rule; {@code pos} is where its keyword is written. */
public sealed interface Clause {
  Pos pos();

  /** The keyword, for messages about missing or repeated clauses. */
  String keyword();

  record Summary(String text, Pos pos) implements Clause {
    public String keyword() {
      return "summary";
    }
  }

  /**
   * {@code match grammarRule}, or {@code match grammarRule leftmost}: not tried again inside a match
   * of its own, as a regular expression's find-all.
   */
  record Match(String grammarRule, Pos rulePos, boolean leftmost, Pos pos) implements Clause {
    public String keyword() {
      return "match";
    }
  }

  record Priority(int value, Pos pos) implements Clause {
    public String keyword() {
      return "priority";
    }
  }

  record When(Expr condition, Pos pos) implements Clause {
    public String keyword() {
      return "when";
    }
  }

  /** {@code span $label}: the fact stands where that element of the match stands. */
  record Span(Expr element, Pos pos) implements Clause {
    public String keyword() {
      return "span";
    }
  }

  /** {@code emit Type { field = expr ... }}. */
  record EmitFields(String type, Pos typePos, List<Assignment> assignments, Pos pos) implements Clause {
    public EmitFields {
      assignments = List.copyOf(assignments);
    }

    public String keyword() {
      return "emit";
    }
  }

  /** {@code emit Type = expr} for a value fact. */
  record EmitValue(String type, Pos typePos, Expr value, Pos pos) implements Clause {
    public String keyword() {
      return "emit";
    }
  }

  /**
   * {@code example "TEXT" { field = "display" ... }} or {@code not "TEXT"}.
   *
   * @param text the string as written, escapes resolved, span marks still in
   */
  record Example(boolean positive, String text, Pos textPos, List<Expectation> expectations, Pos pos)
      implements Clause {
    public Example {
      expectations = List.copyOf(expectations);
    }

    public String keyword() {
      return positive ? "example" : "not";
    }
  }

  record Assignment(String field, Pos pos, Expr value) {}

  /** {@code field = "display"}, or {@code field = null} (an empty {@code expected}). */
  record Expectation(String field, Pos pos, Optional<String> expected) {}
}
