package io.baoxun.rule;

import io.baoxun.check.Amount;
import io.baoxun.check.FieldPath;
import io.baoxun.check.Times;
import io.baoxun.check.Truth;
import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compiled expression of a check, evaluated on the facts bound to its names. Like {@link Code}
 * for rules, the type checker has decided every conversion, so evaluation tests no types it could
 * not have known; unlike rules, values may be missing (and say why) and conditions may be unknown.
 */
sealed interface Calc {
  CVal eval(Env env);

  record Var(String name) implements Calc {
    @Override
    public CVal eval(Env env) {
      return env.get(name);
    }
  }

  record Literal(CVal value) implements Calc {
    @Override
    public CVal eval(Env env) {
      return value;
    }
  }

  /** {@code b.total}: a field of a fact; missing when the fact does not have it. */
  record FactField(Calc fact, String field, String src) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal f = fact.eval(env);
      if (f.isAbsent()) {
        return f;
      }
      return CVal.read(((CVal.Fact) f).fact().field(field), src);
    }
  }

  /** {@code q.value}, {@code r.what}: a part of a value. */
  record Part(Calc target, String part, String src) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal t = target.eval(env);
      if (t.isAbsent()) {
        return t;
      }
      if (t instanceof CVal.Num n) {
        Amount a = n.amount();
        if (part.equals("unit")) {
          return a.unit() == null ? new CVal.Missing(src + " is missing") : new CVal.Val(new FieldValue.Text(a.unit()));
        }
        if (part.equals("value") && a.isPoint()) {
          return new CVal.Num(Amount.exact(a.lo()));
        }
        return new CVal.Missing(src + ": " + a.show() + " is not one number");
      }
      return CVal.read(FieldPath.part(((CVal.Val) t).value(), part), src);
    }
  }

  /** {@code e == null}, {@code e != null}. */
  record IsNull(Calc value, boolean negated) implements Calc {
    @Override
    public CVal eval(Env env) {
      return new CVal.Bool(Truth.of(value.eval(env).isAbsent() != negated));
    }
  }

  record Coalesce(Calc left, Calc right) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal v = left.eval(env);
      return v.isAbsent() ? right.eval(env) : v;
    }
  }

  /** How two values compare: as amounts, as times, or as equal values (texts normalised). */
  enum Kind {
    AMOUNT,
    TIME,
    VALUE
  }

  record Compare(String op, Calc left, Calc right, Kind kind) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal a = left.eval(env);
      CVal b = right.eval(env);
      if (a.isAbsent() || b.isAbsent()) {
        return unknown(a.isAbsent() ? a : b);
      }
      return new CVal.Bool(
          switch (kind) {
            case AMOUNT -> amount(a).compare(op, amount(b));
            case TIME -> timeOrder(op, a, b);
            case VALUE -> Truth.of(same(a, b) == op.equals("=="));
          });
    }

    private static Truth timeOrder(String op, CVal a, CVal b) {
      String x = start(((CVal.Val) a).value());
      String y = start(((CVal.Val) b).value());
      if (op.equals("==") || op.equals("!=")) {
        return Truth.of(x.equals(y) == op.equals("=="));
      }
      return Times.compare(op, x, y);
    }

    /** A time's TIMEX3 value; an interval is ordered by its start. */
    private static String start(FieldValue v) {
      return v instanceof FieldValue.Interval i ? start(i.from()) : ((FieldValue.Time) v).value();
    }

    private static boolean same(CVal a, CVal b) {
      if (a instanceof CVal.Fact x && b instanceof CVal.Fact y) {
        return x.fact().doc().equals(y.fact().doc()) && x.fact().index() == y.fact().index();
      }
      if (a instanceof CVal.Items x && b instanceof CVal.Items y) {
        if (x.items().size() != y.items().size()) {
          return false;
        }
        for (int i = 0; i < x.items().size(); i++) {
          if (!same(x.items().get(i), y.items().get(i))) {
            return false;
          }
        }
        return true;
      }
      if (a instanceof CVal.Val x && b instanceof CVal.Val y) {
        return Comparisons.equal(x.value(), y.value());
      }
      return a.equals(b);
    }
  }

  /**
   * {@code approx(a, b)}: the two amounts can be equal once a percent is read to the precision it
   * is written with; {@code approx(a, b, t)} allows {@code t} more (a percent {@code t}: of b).
   */
  record Approx(Calc left, Calc right, Optional<Calc> tolerance, boolean relative) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal a = left.eval(env);
      CVal b = right.eval(env);
      if (a.isAbsent() || b.isAbsent()) {
        return unknown(a.isAbsent() ? a : b);
      }
      Amount x = written(a);
      Amount y = written(b);
      if (tolerance.isPresent()) {
        CVal t = tolerance.get().eval(env);
        if (t.isAbsent()) {
          return unknown(t);
        }
        BigDecimal tol = amount(t).hi();
        if (relative) {
          BigDecimal size = y.hi() != null ? y.hi().abs() : y.lo().abs();
          tol = size.multiply(amount(t).asFraction().hi());
        }
        y = y.widen(tol);
      }
      return new CVal.Bool(x.compare("==", y));
    }

    /**
     * A printed amount as the interval its digits allow: a percent to half a unit of its last
     * written digit (88.10% is 88.095 to 88.105); an amount of 10000 or more ending in zeros to half
     * a unit of its last non-zero digit, because the value layer reads 3.1万 as 31000 and a page
     * prints big counts rounded (3.1万 may be 30500 to 31500). Computed amounts are as computed.
     */
    static Amount written(CVal v) {
      Amount a = amount(v);
      if (!(v instanceof CVal.Val val)) {
        return a;
      }
      if (val.value() instanceof FieldValue.Quantity q && q.isPercent()) {
        return a.withPrecision(q.value() != null ? q.value() : q.max());
      }
      BigDecimal printed =
          val.value() instanceof FieldValue.Quantity q ? q.value() : val.value() instanceof FieldValue.Number n ? n.value() : null;
      if (printed != null && printed.abs().compareTo(ROUNDED_FROM) >= 0 && printed.stripTrailingZeros().scale() < 0) {
        return a.widen(Amount.lastDigitUnit(printed).divide(BigDecimal.valueOf(2)));
      }
      return a;
    }
  }

  /** Counts from here on are often printed rounded (万). */
  BigDecimal ROUNDED_FROM = BigDecimal.valueOf(10000);

  record Logic(String op, Calc left, Calc right) implements Calc {
    @Override
    public CVal eval(Env env) {
      Truth a = truth(left.eval(env));
      if (op.equals("and") && a.isFalse() || op.equals("or") && a.isTrue()) {
        return new CVal.Bool(a);
      }
      Truth b = truth(right.eval(env));
      return new CVal.Bool(op.equals("and") ? a.and(b) : a.or(b));
    }
  }

  record Not(Calc operand) implements Calc {
    @Override
    public CVal eval(Env env) {
      return new CVal.Bool(truth(operand.eval(env)).not());
    }
  }

  /** {@code a + b}, {@code a - b}, {@code a * b}, {@code a / b} on amounts; a percent multiplies as its fraction. */
  record Arith(String op, Calc left, Calc right) implements Calc {
    @Override
    public CVal eval(Env env) {
      CVal a = left.eval(env);
      CVal b = right.eval(env);
      if (a.isAbsent() || b.isAbsent()) {
        return a.isAbsent() ? missing(a) : missing(b);
      }
      try {
        Amount x = amount(a);
        Amount y = amount(b);
        return new CVal.Num(
            switch (op) {
              case "+" -> x.plus(y);
              case "-" -> x.minus(y);
              case "*" -> x.times(y);
              default -> x.dividedBy(y);
            });
      } catch (Amount.Undefined e) {
        return new CVal.Missing(e.getMessage());
      }
    }
  }

  /** {@code [e for x in L for y in M]}: nested loops, flattened. */
  record ForEach(List<String> variables, List<Calc> sources, Calc body) implements Calc {
    public ForEach {
      variables = List.copyOf(variables);
      sources = List.copyOf(sources);
    }

    @Override
    public CVal eval(Env env) {
      List<CVal> out = new ArrayList<>();
      CVal missing = loop(env, 0, out);
      return missing != null ? missing : new CVal.Items(out);
    }

    private CVal loop(Env env, int depth, List<CVal> out) {
      if (depth == variables.size()) {
        out.add(body.eval(env));
        return null;
      }
      CVal src = sources.get(depth).eval(env);
      if (src.isAbsent()) {
        return missing(src);
      }
      for (CVal item : ((CVal.Items) src).items()) {
        CVal m = loop(env.bind(variables.get(depth), item), depth + 1, out);
        if (m != null) {
          return m;
        }
      }
      return null;
    }
  }

  /** {@code [a, b]}. */
  record Items(List<Calc> items) implements Calc {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public CVal eval(Env env) {
      List<CVal> out = new ArrayList<>();
      for (Calc c : items) {
        out.add(c.eval(env));
      }
      return new CVal.Items(out);
    }
  }

  /** A built-in function: sum, product, count, min, max, all, any, join, round, percent, abs. */
  record Call(String function, List<Calc> args) implements Calc {
    public Call {
      args = List.copyOf(args);
    }

    @Override
    public CVal eval(Env env) {
      List<CVal> vals = new ArrayList<>();
      for (Calc c : args) {
        vals.add(c.eval(env));
      }
      return Functions.apply(function, vals);
    }
  }

  static Amount amount(CVal v) {
    if (v instanceof CVal.Num n) {
      return n.amount();
    }
    return Amount.of(((CVal.Val) v).value());
  }

  static Truth truth(CVal v) {
    if (v.isAbsent()) {
      return Truth.unknown(v.reason());
    }
    return ((CVal.Bool) v).truth();
  }

  static CVal unknown(CVal absent) {
    return new CVal.Bool(Truth.unknown(absent.reason()));
  }

  static CVal missing(CVal absent) {
    return absent instanceof CVal.Missing ? absent : new CVal.Missing(absent.reason());
  }
}
