package io.baoxun.rule;

import io.baoxun.check.Amount;
import io.baoxun.check.Truth;
import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/** The built-in functions of checks, evaluated on values the type checker has already vetted. */
final class Functions {
  private Functions() {}

  /** Every function's name, for "did you mean" and the docs. */
  static final List<String> NAMES =
      List.of(
          "sum", "product", "count", "min", "max", "all", "any", "join", "round", "percent", "abs", "approx",
          "quantity", "unknown");

  static CVal apply(String f, List<CVal> args) {
    try {
      return switch (f) {
        case "sum" -> fold(items(args), "sum");
        case "product" -> fold(items(args), "product");
        case "count" -> args.get(0).isAbsent()
            ? Calc.missing(args.get(0))
            : new CVal.Num(Amount.exact(BigDecimal.valueOf(((CVal.Items) args.get(0)).items().size())));
        case "min", "max" -> extreme(items(args), f.equals("min"));
        case "all", "any" -> quantifier(items(args), f.equals("all"));
        case "join" -> join(args);
        case "round" -> round(args, false);
        case "percent" -> round(args, true);
        case "abs" -> abs(args.get(0));
        case "quantity" -> quantity(args.get(0), args.get(1));
        case "unknown" -> new CVal.Bool(Truth.unknown(args.get(0).show()));
        default -> throw new IllegalStateException("no function " + f);
      };
    } catch (Amount.Undefined e) {
      return new CVal.Missing(e.getMessage());
    }
  }

  /** The values a function of a list works on: its one list argument, or its arguments. */
  private static List<CVal> items(List<CVal> args) {
    if (args.size() == 1 && args.get(0) instanceof CVal.Items i) {
      return i.items();
    }
    return args;
  }

  private static CVal fold(List<CVal> items, String f) {
    Amount acc = Amount.exact(f.equals("sum") ? BigDecimal.ZERO : BigDecimal.ONE);
    for (CVal v : items) {
      if (v.isAbsent()) {
        return Calc.missing(v);
      }
      acc = f.equals("sum") ? acc.plus(Calc.amount(v)) : acc.times(Calc.amount(v));
    }
    return new CVal.Num(acc);
  }

  private static CVal extreme(List<CVal> items, boolean min) {
    if (items.isEmpty()) {
      return new CVal.Missing((min ? "min" : "max") + " of no values");
    }
    CVal best = null;
    for (CVal v : items) {
      if (v.isAbsent()) {
        return Calc.missing(v);
      }
      if (best == null) {
        best = v;
        continue;
      }
      Amount a = Calc.amount(v);
      Amount b = Calc.amount(best);
      Truth t = min ? a.compare("<", b) : a.compare(">", b);
      Truth s = min ? b.compare("<", a) : b.compare(">", a);
      if (t.isUnknown()) {
        return new CVal.Missing(t.reason());
      }
      if (t.isTrue() && !s.isTrue()) {
        best = v;
      } else if (t.isTrue()) {
        return new CVal.Missing("cannot tell which of " + a.show() + " and " + b.show() + " is " + (min ? "less" : "more"));
      }
    }
    return best;
  }

  private static CVal quantifier(List<CVal> items, boolean all) {
    Truth acc = Truth.of(all);
    for (CVal v : items) {
      Truth t = Calc.truth(v);
      acc = all ? acc.and(t) : acc.or(t);
    }
    return new CVal.Bool(acc);
  }

  private static CVal join(List<CVal> args) {
    CVal list = args.get(0);
    if (list.isAbsent()) {
      return Calc.missing(list);
    }
    String sep = args.size() > 1 ? args.get(1).show() : ", ";
    StringJoiner j = new StringJoiner(sep);
    for (CVal v : ((CVal.Items) list).items()) {
      j.add(v.show());
    }
    return new CVal.Val(new io.baoxun.fact.FieldValue.Text(j.toString()));
  }

  /** {@code round(x, n)}; {@code percent(x, n)}: a fraction as a percent with n decimals. */
  private static CVal round(List<CVal> args, boolean percent) {
    CVal x = args.get(0);
    if (x.isAbsent()) {
      return Calc.missing(x);
    }
    int digits = args.size() > 1 ? Calc.amount(args.get(1)).lo().intValueExact() : 0;
    Amount a = Calc.amount(x);
    if (percent) {
      a = a.asFraction().times(Amount.exact(BigDecimal.valueOf(100))).withUnit("%");
    }
    return new CVal.Num(a.round(digits));
  }

  /** {@code quantity(p.value, p.unit)}: a number and a unit (of a record) as a quantity. */
  private static CVal quantity(CVal value, CVal unit) {
    if (value.isAbsent() || unit.isAbsent()) {
      return Calc.missing(value.isAbsent() ? value : unit);
    }
    // A printed number stays printed (approx reads it to its precision); a computed one stays computed.
    if (value instanceof CVal.Val v && v.value() instanceof io.baoxun.fact.FieldValue.Number n) {
      return new CVal.Val(io.baoxun.fact.FieldValue.Quantity.of(n.value(), unit.show()));
    }
    return new CVal.Num(Calc.amount(value).withUnit(unit.show()));
  }

  private static CVal abs(CVal x) {
    if (x.isAbsent()) {
      return Calc.missing(x);
    }
    Amount a = Calc.amount(x);
    if (a.lo() != null && a.lo().signum() >= 0) {
      return new CVal.Num(a);
    }
    if (a.hi() != null && a.hi().signum() <= 0) {
      return new CVal.Num(a.negate());
    }
    BigDecimal top = a.lo() == null || a.hi() == null ? null : a.lo().abs().max(a.hi().abs());
    return new CVal.Num(new Amount(BigDecimal.ZERO, false, top, false, a.unit()));
  }
}
