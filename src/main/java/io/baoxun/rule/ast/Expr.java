package io.baoxun.rule.ast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An expression as written. {@code src} is its source text, for messages such as {@code field
 * 'completed' is quantity but $activity is text}.
 */
public sealed interface Expr {
  Pos pos();

  String src();

  /** {@code $label}. */
  record Label(String name, Pos pos, String src) implements Expr {}

  /** {@code $$}, the whole match. */
  record WholeMatch(Pos pos, String src) implements Expr {}

  /** A bare name: a loop variable, {@code article}, or a lexicon in {@code lookup}. */
  record Var(String name, Pos pos, String src) implements Expr {}

  /** {@code e.name}. */
  record Member(Expr target, String name, Pos namePos, Pos pos, String src) implements Expr {}

  /** {@code e as T}. */
  record As(Expr value, TypeRef type, Pos pos, String src) implements Expr {}

  /** {@code e ?? f}. */
  record Coalesce(Expr left, Expr right, Pos pos, String src) implements Expr {}

  /** {@code e == f} and the other comparisons; {@code pos} is the operator's. */
  record Compare(String op, Expr left, Expr right, Pos pos, String src) implements Expr {}

  /** {@code e and f}, {@code e or f}. */
  record Logic(String op, Expr left, Expr right, Pos pos, String src) implements Expr {}

  /** {@code not e}. */
  record Not(Expr operand, Pos pos, String src) implements Expr {}

  record Text(String value, Pos pos, String src) implements Expr {}

  record Number(BigDecimal value, Pos pos, String src) implements Expr {}

  record Null(Pos pos, String src) implements Expr {}

  /** {@code 1%}: a percent literal (checks: a relative tolerance). */
  record Percent(BigDecimal value, Pos pos, String src) implements Expr {}

  /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b} (checks); {@code pos} is the operator's. */
  record Arith(String op, Expr left, Expr right, Pos pos, String src) implements Expr {}

  /** {@code sum(p.value for p in b.parts)}: a function of the list the loops make (checks). */
  record Generator(String function, Expr body, List<Loop> loops, Pos pos, String src) implements Expr {
    public Generator {
      loops = List.copyOf(loops);
    }
  }

  /** {@code f(a, b)} or {@code Rec(x: a, y: b)}. */
  record Call(String function, List<Arg> args, Pos pos, String src) implements Expr {
    public Call {
      args = List.copyOf(args);
    }
  }

  /** {@code [e, f]}. */
  record ListOf(List<Expr> items, Pos pos, String src) implements Expr {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** {@code [e for x in L for y in x.b]}. */
  record Comprehension(Expr body, List<Loop> loops, Pos pos, String src) implements Expr {
    public Comprehension {
      loops = List.copyOf(loops);
    }
  }

  record Arg(Optional<String> name, Pos pos, Expr value) {}

  record Loop(String variable, Pos pos, Expr source) {}
}
