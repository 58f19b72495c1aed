package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.rule.ast.Expr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type-checks the expressions of one check against the fact types its names range over, and
 * compiles them to {@link Calc}. As for rules, every problem is reported with its place, and an
 * expression found wrong gets the error type, so one mistake is reported once.
 */
final class CheckExprCompiler {
  /** A compiled expression with its static type and where it came from. */
  record Typed(Calc calc, Type type, Expr source) {
    static Typed error(Expr source) {
      return new Typed(new Calc.Literal(CVal.NULL), Type.Special.ERROR, source);
    }
  }

  private final Declarations decls;
  private final Conversions conv;
  private final Problems problems;
  /** The fields of facts the check reads, for keeping values across documents small. */
  private final Set<String> fieldsRead = new LinkedHashSet<>();

  CheckExprCompiler(Declarations decls, Conversions conv, Problems problems) {
    this.decls = decls;
    this.conv = conv;
    this.problems = problems;
  }

  Set<String> fieldsRead() {
    return Set.copyOf(fieldsRead);
  }

  /** A condition ({@code when}, {@code require}, {@code if}): true, false or unknown. */
  Calc condition(Expr e, Map<String, Type> vars, String where) {
    Typed t = compile(e, vars);
    if (t.type() != Type.Prim.BOOL && t.type() != Type.Special.ERROR) {
      problems.error(
          e.pos(), where + " needs true or false, but " + e.src() + " is " + show(t.type())
              + " (to test that it is there, write " + e.src() + " != null)");
    }
    return t.calc();
  }

  Typed compile(Expr e, Map<String, Type> vars) {
    if (e instanceof Expr.Var v) {
      return variable(v, vars);
    } else if (e instanceof Expr.Member m) {
      return member(m, vars);
    } else if (e instanceof Expr.Text t) {
      return new Typed(new Calc.Literal(new CVal.Val(new FieldValue.Text(t.value()))), Type.Prim.TEXT, t);
    } else if (e instanceof Expr.Number n) {
      return new Typed(new Calc.Literal(new CVal.Val(new FieldValue.Number(n.value()))), Type.Prim.NUMBER, n);
    } else if (e instanceof Expr.Percent p) {
      return new Typed(new Calc.Literal(new CVal.Val(FieldValue.Quantity.of(p.value(), "%"))), Type.Prim.PERCENT, p);
    } else if (e instanceof Expr.Null n) {
      return new Typed(new Calc.Literal(CVal.NULL), Type.Special.NULL, n);
    } else if (e instanceof Expr.Coalesce c) {
      return coalesce(c, vars);
    } else if (e instanceof Expr.Compare c) {
      return compare(c, vars);
    } else if (e instanceof Expr.Logic l) {
      Calc a = condition(l.left(), vars, "'" + l.op() + "'");
      Calc b = condition(l.right(), vars, "'" + l.op() + "'");
      return new Typed(new Calc.Logic(l.op(), a, b), Type.Prim.BOOL, l);
    } else if (e instanceof Expr.Not n) {
      return new Typed(new Calc.Not(condition(n.operand(), vars, "'not'")), Type.Prim.BOOL, n);
    } else if (e instanceof Expr.Arith a) {
      return arith(a, vars);
    } else if (e instanceof Expr.Call c) {
      return call(c, vars);
    } else if (e instanceof Expr.Generator g) {
      Typed list = loops(g.body(), g.loops(), g, vars);
      return function(g.function(), List.of(list), g, vars);
    } else if (e instanceof Expr.ListOf l) {
      return list(l, vars);
    } else if (e instanceof Expr.Comprehension c) {
      return loops(c.body(), c.loops(), c, vars);
    } else if (e instanceof Expr.Label || e instanceof Expr.WholeMatch) {
      problems.error(e.pos(), "a check reads facts, not a grammar match: name a fact's field (b.total), not " + e.src());
    } else if (e instanceof Expr.As) {
      problems.error(e.pos(), "'as' converts grammar elements; the fields a check reads are typed already");
    }
    return Typed.error(e);
  }

  private Typed variable(Expr.Var v, Map<String, Type> vars) {
    Type t = vars.get(v.name());
    if (t != null) {
      return new Typed(new Calc.Var(v.name()), t, v);
    }
    if (v.name().equals("article")) {
      problems.error(v.pos(), "article names the article of the facts a check judges: "
          + "a check of one fact, or one within article, can read article.date");
      return Typed.error(v);
    }
    Type self = vars.get(Env.THIS);
    if (self instanceof Type.Fact f) {
      // In an if condition of for, a bare name is a field of the fact.
      return factField(new Typed(new Calc.Var(Env.THIS), self, v), f, v.name(), v, v.pos());
    }
    Set<String> known = new TreeSet<>(vars.keySet());
    known.remove(Env.THIS);
    problems.error(v.pos(), "unknown name '" + v.name() + "'" + Suggest.hint(v.name(), known, ""));
    return Typed.error(v);
  }

  private Typed member(Expr.Member m, Map<String, Type> vars) {
    Typed t = compile(m.target(), vars);
    return member(t, m.name(), m, m.namePos());
  }

  private Typed member(Typed t, String name, Expr src, io.baoxun.rule.ast.Pos namePos) {
    Type type = t.type();
    if (type == Type.Special.ERROR) {
      return Typed.error(src);
    }
    if (type instanceof Type.Fact f) {
      return factField(t, f, name, src, namePos);
    }
    if (type == Type.Special.ARTICLE) {
      if (!name.equals("date")) {
        problems.error(namePos, "a check reads the date of the article (article.date), not '" + name + "'");
        return Typed.error(src);
      }
      return new Typed(new Calc.Var(Env.ARTICLE_DATE), Type.Prim.TIME, src);
    }
    if (type instanceof Type.ListOf l) {
      // A part of each item: b.parts.value is the list of the parts' values.
      String it = "·" + name;
      Typed part = member(new Typed(new Calc.Var(it), l.item(), src), name, src, namePos);
      if (part.type() == Type.Special.ERROR) {
        return part;
      }
      if (part.type() instanceof Type.ListOf inner) {
        Calc flat = new Calc.ForEach(List.of(it, it + "·"), List.of(t.calc(), part.calc()), new Calc.Var(it + "·"));
        return new Typed(flat, new Type.ListOf(inner.item()), src);
      }
      return new Typed(new Calc.ForEach(List.of(it), List.of(t.calc()), part.calc()), new Type.ListOf(part.type()), src);
    }
    Type part = partType(type, name, t.source(), namePos);
    if (part == null) {
      return Typed.error(src);
    }
    return new Typed(new Calc.Part(t.calc(), name, src.src()), part, src);
  }

  private Typed factField(Typed t, Type.Fact f, String name, Expr src, io.baoxun.rule.ast.Pos namePos) {
    Type joined = null;
    for (String typeName : f.types()) {
      FactType ft = decls.fact(typeName).orElseThrow();
      Optional<Field> field = ft.field(name);
      if (field.isEmpty()) {
        List<String> names = ft.fields().stream().map(Field::name).toList();
        problems.error(namePos, "unknown field '" + name + "' in " + typeName + Suggest.hint(name, names, ""));
        return Typed.error(src);
      }
      Optional<Type> j = joined == null ? Optional.of(field.get().type()) : conv.join(joined, field.get().type());
      if (j.isEmpty()) {
        problems.error(namePos, "field '" + name + "' is " + show(joined) + " in one of " + f.show() + " and "
            + show(field.get().type()) + " in " + typeName);
        return Typed.error(src);
      }
      joined = j.get();
    }
    fieldsRead.add(name);
    return new Typed(new Calc.FactField(t.calc(), name, src.src()), joined, src);
  }

  /** The type of a part of a value, or null after reporting that it has no such part. */
  private Type partType(Type type, String name, Expr target, io.baoxun.rule.ast.Pos namePos) {
    if (type == Type.Prim.QUANTITY || type == Type.Prim.PERCENT) {
      return switch (name) {
        case "value", "min", "max" -> Type.Prim.NUMBER;
        case "unit", "approx" -> Type.Prim.TEXT;
        default -> {
          problems.error(namePos, "a " + type.show() + " has value, min, max, unit and approx, not '" + name + "'");
          yield null;
        }
      };
    }
    if (type == Type.Prim.INTERVAL && (name.equals("from") || name.equals("to"))) {
      return Type.Prim.TIME;
    }
    if (type == Type.Prim.PERSON && (name.equals("name") || name.equals("role"))) {
      return Type.Prim.TEXT;
    }
    if (type instanceof Type.Rec r) {
      RecordType rec = decls.record(r.name()).orElseThrow();
      Optional<Field> f = rec.field(name);
      if (f.isPresent()) {
        return f.get().type();
      }
      problems.error(
          namePos, "unknown field '" + name + "' in " + r.name() + Suggest.hint(name, rec.fields().stream().map(Field::name).toList(), ""));
      return null;
    }
    problems.error(namePos, target.src() + " is " + show(type) + ", which has no part '" + name + "'");
    return null;
  }

  private Typed coalesce(Expr.Coalesce c, Map<String, Type> vars) {
    Typed a = compile(c.left(), vars);
    Typed b = compile(c.right(), vars);
    Optional<Type> joined = join(a.type(), b.type());
    if (joined.isEmpty()) {
      problems.error(
          c.right().pos(), "the two sides of ?? differ: " + c.left().src() + " is " + show(a.type()) + ", "
              + c.right().src() + " is " + show(b.type()));
      return Typed.error(c);
    }
    return new Typed(new Calc.Coalesce(a.calc(), b.calc()), joined.get(), c);
  }

  private Typed compare(Expr.Compare c, Map<String, Type> vars) {
    Typed a = compile(c.left(), vars);
    Typed b = compile(c.right(), vars);
    if (a.type() == Type.Special.ERROR || b.type() == Type.Special.ERROR) {
      return new Typed(new Calc.Literal(CVal.NULL), Type.Special.ERROR, c);
    }
    boolean equality = c.op().equals("==") || c.op().equals("!=");
    if (equality && (a.type() == Type.Special.NULL || b.type() == Type.Special.NULL)) {
      Calc tested = a.type() == Type.Special.NULL ? b.calc() : a.calc();
      return new Typed(new Calc.IsNull(tested, c.op().equals("!=")), Type.Prim.BOOL, c);
    }
    Calc.Kind kind = null;
    if (numeric(a.type()) && numeric(b.type())) {
      kind = Calc.Kind.AMOUNT;
    } else if (timeLike(a.type()) && timeLike(b.type())) {
      kind = Calc.Kind.TIME;
    } else if (equality && join(a.type(), b.type()).isPresent()) {
      kind = Calc.Kind.VALUE;
    }
    if (kind == null) {
      String why = equality ? "" : " (numbers, quantities, percents and times are ordered)";
      problems.error(
          c.pos(), "cannot compare " + c.left().src() + " (" + show(a.type()) + ") with " + c.right().src()
              + " (" + show(b.type()) + ")" + why);
      return new Typed(new Calc.Literal(CVal.NULL), Type.Special.ERROR, c);
    }
    return new Typed(new Calc.Compare(c.op(), a.calc(), b.calc(), kind), Type.Prim.BOOL, c);
  }

  /** A time, or a field that holds a time or an interval (compared by its start). */
  private static boolean timeLike(Type t) {
    return t == Type.Prim.TIME
        || (t instanceof Type.OneOf o && java.util.EnumSet.of(Type.Prim.TIME, Type.Prim.INTERVAL).containsAll(o.alternatives()));
  }

  private Typed arith(Expr.Arith a, Map<String, Type> vars) {
    Typed x = compile(a.left(), vars);
    Typed y = compile(a.right(), vars);
    if (x.type() == Type.Special.ERROR || y.type() == Type.Special.ERROR) {
      return Typed.error(a);
    }
    for (Typed t : List.of(x, y)) {
      if (!numeric(t.type())) {
        problems.error(
            t.source().pos(), "'" + a.op() + "' computes with numbers, quantities and percents, but " + t.source().src()
                + " is " + show(t.type()));
        return Typed.error(a);
      }
    }
    return new Typed(new Calc.Arith(a.op(), x.calc(), y.calc()), arithType(a.op(), x.type(), y.type()), a);
  }

  /** Sums keep a quantity's or a percent's kind; products and ratios are numbers (a count times stays a quantity). */
  private static Type arithType(String op, Type a, Type b) {
    boolean sum = op.equals("+") || op.equals("-");
    if (sum) {
      if (a == Type.Prim.QUANTITY || b == Type.Prim.QUANTITY) {
        return Type.Prim.QUANTITY;
      }
      return a == Type.Prim.PERCENT || b == Type.Prim.PERCENT ? Type.Prim.PERCENT : Type.Prim.NUMBER;
    }
    if (op.equals("*") && (a == Type.Prim.QUANTITY && b == Type.Prim.NUMBER || a == Type.Prim.NUMBER && b == Type.Prim.QUANTITY)) {
      return Type.Prim.QUANTITY;
    }
    return Type.Prim.NUMBER;
  }

  private Typed call(Expr.Call c, Map<String, Type> vars) {
    if (c.args().stream().anyMatch(a -> a.name().isPresent())) {
      problems.error(c.pos(), "the functions of checks take their arguments in order, without names");
      return Typed.error(c);
    }
    if (c.function().equals("approx")) {
      return approx(c, vars);
    }
    List<Typed> args = new ArrayList<>();
    for (Expr.Arg a : c.args()) {
      args.add(compile(a.value(), vars));
    }
    return function(c.function(), args, c, vars);
  }

  private Typed function(String f, List<Typed> args, Expr call, Map<String, Type> vars) {
    if (!Functions.NAMES.contains(f)) {
      String hint = Suggest.hint(f, Functions.NAMES, "");
      problems.error(call.pos(), "unknown function '" + f + "'" + (hint.isEmpty() ? " (functions: " + String.join(", ", Functions.NAMES) + ")" : hint));
      return Typed.error(call);
    }
    if (args.stream().anyMatch(a -> a.type() == Type.Special.ERROR)) {
      return Typed.error(call);
    }
    List<Calc> calcs = args.stream().map(Typed::calc).toList();
    Type result =
        switch (f) {
          case "sum", "product", "min", "max" -> numericList(f, args, call);
          case "count" -> one(f, args, call) && isList(f, args.get(0), call) ? Type.Prim.NUMBER : null;
          case "all", "any" -> {
            Type item = listOrArgsItem(f, args, call);
            if (item != null && item != Type.Prim.BOOL && item != Type.Special.NULL) {
              problems.error(call.pos(), f + " takes conditions (true or false), not " + show(item));
              yield null;
            }
            yield item == null ? null : Type.Prim.BOOL;
          }
          case "join" -> {
            if (args.isEmpty() || args.size() > 2 || !isList(f, args.get(0), call)) {
              if (args.isEmpty() || args.size() > 2) {
                problems.error(call.pos(), "join takes a list and, if you like, a separator: join(xs, ' + ')");
              }
              yield null;
            }
            if (args.size() == 2 && args.get(1).type() != Type.Prim.TEXT) {
              problems.error(args.get(1).source().pos(), "the separator of join is a text: ' + '");
              yield null;
            }
            yield Type.Prim.TEXT;
          }
          case "round", "percent" -> rounding(f, args, call);
          case "quantity" -> {
            if (args.size() != 2 || !numeric(args.get(0).type()) || args.get(1).type() != Type.Prim.TEXT) {
              problems.error(call.pos(), "quantity takes a number and a unit: quantity(p.value, p.unit)");
              yield null;
            }
            yield Type.Prim.QUANTITY;
          }
          case "unknown" -> {
            if (args.size() != 1 || args.get(0).type() != Type.Prim.TEXT) {
              problems.error(call.pos(), "unknown takes the reason a check cannot decide: unknown('the parts may be only some')");
              yield null;
            }
            yield Type.Prim.BOOL;
          }
          default -> { // abs
            if (one(f, args, call) && numeric(args.get(0).type())) {
              yield args.get(0).type();
            }
            if (args.size() == 1) {
              problems.error(call.pos(), "abs takes a number, quantity or percent, not " + show(args.get(0).type()));
            }
            yield null;
          }
        };
    if (result == null) {
      return Typed.error(call);
    }
    return new Typed(new Calc.Call(f, calcs), result, call);
  }

  private boolean one(String f, List<Typed> args, Expr call) {
    if (args.size() != 1) {
      problems.error(call.pos(), f + " takes one argument");
      return false;
    }
    return true;
  }

  private boolean isList(String f, Typed t, Expr call) {
    if (!(t.type() instanceof Type.ListOf) && t.type() != Type.Special.NULL) {
      problems.error(t.source().pos(), f + " takes a list, but " + t.source().src() + " is " + show(t.type()));
      return false;
    }
    return true;
  }

  /** The item type of {@code f(list)} or {@code f(a, b, ...)}; null after reporting a problem. */
  private Type listOrArgsItem(String f, List<Typed> args, Expr call) {
    if (args.isEmpty()) {
      problems.error(call.pos(), f + " takes a list, or values separated by commas");
      return null;
    }
    if (args.size() == 1) {
      Typed a = args.get(0);
      if (a.type() instanceof Type.ListOf l) {
        return l.item();
      }
      problems.error(a.source().pos(), f + " takes a list, but " + a.source().src() + " is " + show(a.type()));
      return null;
    }
    Type item = Type.Special.NULL;
    for (Typed a : args) {
      Optional<Type> j = join(item, a.type());
      if (j.isEmpty()) {
        problems.error(a.source().pos(), "the values of " + f + " have one type, but " + a.source().src() + " is " + show(a.type()));
        return null;
      }
      item = j.get();
    }
    return item;
  }

  private Type numericList(String f, List<Typed> args, Expr call) {
    Type item = listOrArgsItem(f, args, call);
    if (item == null) {
      return null;
    }
    if (item == Type.Special.NULL) {
      return Type.Prim.NUMBER;
    }
    if (!numeric(item)) {
      problems.error(call.pos(), f + " takes numbers, quantities or percents, not " + show(item));
      return null;
    }
    return f.equals("product") ? Type.Prim.NUMBER : item;
  }

  private Type rounding(String f, List<Typed> args, Expr call) {
    if (args.size() != 2 || !numeric(args.get(0).type()) || !(args.get(1).source() instanceof Expr.Number n)
        || n.value().signum() < 0 || n.value().stripTrailingZeros().scale() > 0 || n.value().compareTo(BigDecimal.valueOf(20)) > 0) {
      problems.error(
          call.pos(), f + " takes an amount and a whole number of decimals (0 to 20): " + f + "(r.part / r.whole, 2)");
      return null;
    }
    return f.equals("percent") ? Type.Prim.PERCENT : args.get(0).type();
  }

  private Typed approx(Expr.Call c, Map<String, Type> vars) {
    if (c.args().size() < 2 || c.args().size() > 3) {
      problems.error(c.pos(), "approx takes two amounts and, if you like, a tolerance: approx(r.part / r.whole, r.ratio, 0.1%)");
      return Typed.error(c);
    }
    List<Typed> args = new ArrayList<>();
    for (Expr.Arg a : c.args()) {
      Typed t = compile(a.value(), vars);
      if (t.type() != Type.Special.ERROR && !numeric(t.type())) {
        problems.error(a.value().pos(), "approx compares numbers, quantities and percents, but " + a.value().src() + " is " + show(t.type()));
        return Typed.error(c);
      }
      args.add(t);
    }
    if (args.stream().anyMatch(a -> a.type() == Type.Special.ERROR)) {
      return Typed.error(c);
    }
    Optional<Calc> tolerance = args.size() == 3 ? Optional.of(args.get(2).calc()) : Optional.empty();
    boolean relative = args.size() == 3 && args.get(2).type() == Type.Prim.PERCENT;
    return new Typed(new Calc.Approx(args.get(0).calc(), args.get(1).calc(), tolerance, relative), Type.Prim.BOOL, c);
  }

  private Typed list(Expr.ListOf l, Map<String, Type> vars) {
    List<Calc> items = new ArrayList<>();
    Type item = Type.Special.NULL;
    for (Expr e : l.items()) {
      Typed t = compile(e, vars);
      Optional<Type> j = join(item, t.type());
      if (j.isEmpty()) {
        problems.error(e.pos(), "the items of a list have one type, but " + e.src() + " is " + show(t.type())
            + " and the items before it " + show(item));
        return Typed.error(l);
      }
      item = j.get();
      items.add(t.calc());
    }
    return new Typed(new Calc.Items(items), new Type.ListOf(item), l);
  }

  private Typed loops(Expr body, List<Expr.Loop> loops, Expr whole, Map<String, Type> vars) {
    Map<String, Type> scope = new HashMap<>(vars);
    List<String> names = new ArrayList<>();
    List<Calc> sources = new ArrayList<>();
    boolean ok = true;
    for (Expr.Loop loop : loops) {
      Typed src = compile(loop.source(), scope);
      Type item = Type.Special.ERROR;
      if (src.type() instanceof Type.ListOf l) {
        item = l.item();
      } else if (src.type() != Type.Special.ERROR) {
        problems.error(loop.source().pos(), loop.source().src() + " is " + show(src.type()) + ", not a list");
        ok = false;
      }
      if (scope.containsKey(loop.variable())) {
        problems.error(loop.pos(), "'" + loop.variable() + "' is already a name here; choose another");
        ok = false;
      }
      scope.put(loop.variable(), item);
      names.add(loop.variable());
      sources.add(src.calc());
    }
    Typed b = compile(body, scope);
    if (!ok || b.type() == Type.Special.ERROR) {
      return Typed.error(whole);
    }
    return new Typed(new Calc.ForEach(names, sources, b.calc()), new Type.ListOf(b.type()), whole);
  }

  static boolean numeric(Type t) {
    return t == Type.Prim.NUMBER || t == Type.Prim.QUANTITY || t == Type.Prim.PERCENT;
  }

  /** The type both of two values can be taken as, facts included. */
  Optional<Type> join(Type a, Type b) {
    if (a instanceof Type.Fact x && b instanceof Type.Fact y) {
      Set<String> all = new TreeSet<>(x.types());
      all.addAll(y.types());
      return Optional.of(new Type.Fact(all));
    }
    if (a instanceof Type.Fact || b instanceof Type.Fact) {
      return a == Type.Special.NULL ? Optional.of(b) : b == Type.Special.NULL ? Optional.of(a) : Optional.empty();
    }
    if (numeric(a) && numeric(b) && !a.equals(b)) {
      return Optional.of(a == Type.Prim.NUMBER ? b : a == Type.Prim.PERCENT && b == Type.Prim.NUMBER ? a : Type.Prim.QUANTITY);
    }
    return conv.join(a, b);
  }

  String show(Type t) {
    return t == null ? "nothing" : conv.show(t);
  }
}
