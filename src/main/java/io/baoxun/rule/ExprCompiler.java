package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.LabelInfo;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.rule.ast.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Type-checks the expressions of one rule against its grammar rule and compiles them to {@link
 * Code}. Every problem is reported with its place; an expression found wrong gets the error type,
 * which fits anywhere, so one mistake is reported once.
 */
final class ExprCompiler {
  private static final Set<String> QUANTITY_PARTS = Set.of("value", "min", "max", "unit", "approx");

  private final PackGrammar grammar;
  /** The grammar rule the rule matches, or null when it is unknown (already reported). */
  private final String matchRule;
  private final Declarations decls;
  private final Map<String, Set<String>> lexicons;
  private final Conversions conv;
  private final Problems problems;

  ExprCompiler(
      PackGrammar grammar,
      String matchRule,
      Declarations decls,
      Map<String, Set<String>> lexicons,
      Conversions conv,
      Problems problems) {
    this.grammar = grammar;
    this.matchRule = matchRule;
    this.decls = decls;
    this.lexicons = lexicons;
    this.conv = conv;
    this.problems = problems;
  }

  Conversions conversions() {
    return conv;
  }

  /** Compiles an expression with no loop variables in scope. */
  Typed compile(Expr e) {
    return compile(e, Map.of());
  }

  /** Compiles {@code e} for a place that wants {@code target}; {@code what} names the place. */
  Code compileAs(Expr e, Type target, String what) {
    return coerce(compile(e), target, what);
  }

  Code coerce(Typed t, Type target, String what) {
    Optional<Code> c = conv.coerce(t, target);
    if (c.isPresent()) {
      return c.get();
    }
    problems.error(t.source().pos(), what + " is " + conv.show(target) + " but " + t.source().src() + " is " + describe(t.type()));
    return t.code();
  }

  /** The type of a value as a message shows it, with why an element is only text. */
  String describe(Type t) {
    String shown = conv.show(t);
    if (t instanceof Type.Node n && conv.kind(n).isEmpty()) {
      if (n.tokens() && n.rules().isEmpty()) {
        return shown + " (a token; only value rules read into values)";
      }
      List<String> plain = n.rules().stream().filter(r -> conv.kind(Type.Node.ofRule(r)).isEmpty()).toList();
      if (!plain.isEmpty()) {
        return shown + " (rule '" + plain.get(0) + "' is not a value rule)";
      }
    }
    return shown;
  }

  private Typed compile(Expr e, Map<String, Type> vars) {
    if (e instanceof Expr.Label l) {
      return label(l);
    } else if (e instanceof Expr.WholeMatch w) {
      return matchRule == null ? Typed.error(w) : new Typed(new Code.Whole(), Type.Node.ofRule(matchRule), w);
    } else if (e instanceof Expr.Var v) {
      return variable(v, vars);
    } else if (e instanceof Expr.Member m) {
      return member(m, vars);
    } else if (e instanceof Expr.As a) {
      return as(a, vars);
    } else if (e instanceof Expr.Coalesce c) {
      return coalesce(c, vars);
    } else if (e instanceof Expr.Compare c) {
      return compare(c, vars);
    } else if (e instanceof Expr.Logic l) {
      Code a = condition(compile(l.left(), vars), "'" + l.op() + "'");
      Code b = condition(compile(l.right(), vars), "'" + l.op() + "'");
      return new Typed(l.op().equals("and") ? new Code.And(a, b) : new Code.Or(a, b), Type.Prim.BOOL, l);
    } else if (e instanceof Expr.Not n) {
      return new Typed(new Code.Not(condition(compile(n.operand(), vars), "'not'")), Type.Prim.BOOL, n);
    } else if (e instanceof Expr.Text t) {
      return new Typed(new Code.Literal(new FieldValue.Text(t.value())), Type.Prim.TEXT, t);
    } else if (e instanceof Expr.Number n) {
      return new Typed(new Code.Literal(new FieldValue.Number(n.value())), Type.Prim.NUMBER, n);
    } else if (e instanceof Expr.Null n) {
      return new Typed(new Code.Literal(FieldValue.Null.INSTANCE), Type.Special.NULL, n);
    } else if (e instanceof Expr.Call c) {
      return call(c, vars);
    } else if (e instanceof Expr.ListOf l) {
      return list(l, vars);
    } else if (e instanceof Expr.Arith || e instanceof Expr.Generator || e instanceof Expr.Percent) {
      problems.error(e.pos(), "arithmetic and percents belong in checks; a rule's expressions read the match");
      return Typed.error(e);
    }
    return comprehension((Expr.Comprehension) e, vars);
  }

  /** A condition of {@code when}, {@code and}, {@code or}, {@code not}: true or false. */
  Code condition(Typed t, String where) {
    if (t.type() != Type.Prim.BOOL && t.type() != Type.Special.ERROR) {
      problems.error(
          t.source().pos(),
          where + " needs true or false, but " + t.source().src() + " is " + conv.show(t.type())
              + " (to test that it is there, write " + t.source().src() + " != null)");
    }
    return t.code();
  }

  private Typed label(Expr.Label l) {
    if (matchRule == null) {
      return Typed.error(l);
    }
    Optional<LabelInfo> info = grammar.labelInfo(matchRule, l.name());
    if (info.isEmpty()) {
      problems.error(
          l.pos(),
          "unknown label '$" + l.name() + "' in grammar rule " + matchRule + Suggest.hint(l.name(), grammar.labels(matchRule), "$"));
      return Typed.error(l);
    }
    return new Typed(new Code.Label(l.name(), info.get().list()), labelType(info.get()), l);
  }

  private static Type labelType(LabelInfo info) {
    Type node = new Type.Node(info.rules(), info.tokens());
    return info.list() ? new Type.ListOf(node) : node;
  }

  private Typed variable(Expr.Var v, Map<String, Type> vars) {
    Type t = vars.get(v.name());
    if (t != null) {
      return new Typed(new Code.Var(v.name()), t, v);
    }
    if (v.name().equals("article")) {
      return new Typed(new Code.Literal(FieldValue.Null.INSTANCE), Type.Special.ARTICLE, v);
    }
    if (v.name().equals("before") && matchRule != null) {
      return new Typed(new Code.TokenBefore(), Type.Prim.TEXT, v);
    }
    Set<String> known = new TreeSet<>(vars.keySet());
    known.add("article");
    if (matchRule != null) {
      known.add("before");
    }
    String hint = Suggest.hint(v.name(), known, "");
    problems.error(
        v.pos(),
        "unknown name '" + v.name() + "'" + hint + (hint.isEmpty() && matchRule != null ? "; a label is written $" + v.name() : ""));
    return Typed.error(v);
  }

  private Typed member(Expr.Member m, Map<String, Type> vars) {
    Typed t = compile(m.target(), vars);
    Type type = t.type();
    String name = m.name();
    if (type == Type.Special.ERROR) {
      return Typed.error(m);
    }
    if (type == Type.Special.ARTICLE) {
      if (name.equals("date")) {
        return new Typed(new Code.ArticleDate(), Type.Prim.TIME, m);
      }
      if (name.equals("headline")) {
        return new Typed(new Code.ArticleHeadline(), Type.Prim.TEXT, m);
      }
      if (name.equals("kind")) {
        return new Typed(new Code.ArticleKind(), Type.Prim.TEXT, m);
      }
      return memberError(m, "article has date, headline and kind, not '" + name + "'");
    }
    if (type instanceof Type.Node n) {
      return nodeMember(t, n, m);
    }
    if (type instanceof Type.ListOf) {
      return memberError(
          m, t.source().src() + " is a list; take a part of each item with [x." + name + " for x in " + t.source().src() + "]");
    }
    return valueMember(t, type, m);
  }

  private Typed nodeMember(Typed t, Type.Node n, Expr.Member m) {
    String name = m.name();
    if (!n.rules().isEmpty() && n.rules().stream().allMatch(r -> grammar.labelInfo(r, name).isPresent())) {
      if (n.tokens()) {
        return memberError(m, t.source().src() + " may be a token, and a token has no labels");
      }
      Set<String> rules = new TreeSet<>();
      boolean tokens = false;
      boolean list = false;
      for (String r : n.rules()) {
        LabelInfo info = grammar.labelInfo(r, name).orElseThrow();
        rules.addAll(info.rules());
        tokens |= info.tokens();
        list |= info.list();
      }
      Type node = new Type.Node(rules, tokens);
      return new Typed(new Code.SubLabel(t.code(), name, list), list ? new Type.ListOf(node) : node, m);
    }
    Optional<Type.Prim> kind = conv.kind(n);
    if (kind.isPresent()) {
      // No such label, but a value rule: the part of its value ($q.value, $i.from).
      return valueMember(new Typed(new Code.ReadValue(t.code()), kind.get(), t.source()), kind.get(), m);
    }
    if (n.tokens() && n.rules().isEmpty()) {
      return memberError(m, t.source().src() + " is a token; a token has no labels");
    }
    Set<String> labels = new TreeSet<>();
    n.rules().forEach(r -> labels.addAll(grammar.labels(r)));
    String rule = n.rules().size() == 1 ? "rule " + n.rules().iterator().next() : "rules " + String.join(", ", n.rules());
    return memberError(m, "unknown label '" + name + "' in " + rule + Suggest.hint(name, labels, ""));
  }

  private Typed valueMember(Typed t, Type type, Expr.Member m) {
    String name = m.name();
    Type part = null;
    if (type == Type.Prim.QUANTITY || type == Type.Prim.PERCENT) {
      if (QUANTITY_PARTS.contains(name)) {
        part = name.equals("unit") || name.equals("approx") ? Type.Prim.TEXT : Type.Prim.NUMBER;
      } else {
        return memberError(m, "a " + type.show() + " has value, min, max, unit and approx, not '" + name + "'");
      }
    } else if (type == Type.Prim.INTERVAL) {
      if (!name.equals("from") && !name.equals("to")) {
        return memberError(m, "an interval has from and to, not '" + name + "'");
      }
      part = Type.Prim.TIME;
    } else if (type == Type.Prim.PERSON) {
      if (!name.equals("name") && !name.equals("role")) {
        return memberError(m, "a person has name and role, not '" + name + "'");
      }
      part = Type.Prim.TEXT;
    } else if (type instanceof Type.Rec r) {
      RecordType rec = decls.record(r.name()).orElseThrow();
      Optional<Field> f = rec.field(name);
      if (f.isEmpty()) {
        return memberError(
            m, "unknown field '" + name + "' in " + r.name() + Suggest.hint(name, rec.fields().stream().map(Field::name).toList(), ""));
      }
      part = f.get().type();
    } else {
      return memberError(m, t.source().src() + " is " + conv.show(type) + ", which has no part '" + name + "'");
    }
    return new Typed(new Code.Part(t.code(), name), part, m);
  }

  private Typed memberError(Expr.Member m, String message) {
    problems.error(m.namePos(), message);
    return Typed.error(m);
  }

  private Typed as(Expr.As a, Map<String, Type> vars) {
    Typed t = compile(a.value(), vars);
    if (a.type().optional()) {
      problems.error(a.type().pos(), "a conversion names a type without '?'");
      return Typed.error(a);
    }
    Optional<Type.Prim> target = Type.Prim.byName(a.type().name()).filter(p -> a.type().arg().isEmpty());
    if (target.isEmpty()) {
      problems.error(
          a.type().pos(), "'as' converts to text or to a value type (number, quantity, percent, time, interval, duration), not " + a.type());
      return Typed.error(a);
    }
    if (t.type() == Type.Special.ERROR) {
      return Typed.error(a);
    }
    Optional<Code> c = conv.coerce(t, target.get());
    if (c.isEmpty() || t.type() instanceof Type.ListOf) {
      String why = t.type() instanceof Type.Node n ? describe(n) : conv.show(t.type());
      problems.error(a.pos(), "cannot convert " + t.source().src() + " to " + target.get().show() + ": it is " + why);
      return Typed.error(a);
    }
    return new Typed(c.get(), target.get(), a);
  }

  private Typed coalesce(Expr.Coalesce c, Map<String, Type> vars) {
    Typed a = compile(c.left(), vars);
    Typed b = compile(c.right(), vars);
    Optional<Type> joined = conv.join(a.type(), b.type());
    if (joined.isEmpty()) {
      problems.error(
          c.right().pos(), "the two sides of ?? differ: " + a.source().src() + " is " + conv.show(a.type()) + ", "
              + b.source().src() + " is " + conv.show(b.type()));
      return Typed.error(c);
    }
    Type t = joined.get();
    return new Typed(new Code.Coalesce(conv.coerce(a, t).orElseThrow(), conv.coerce(b, t).orElseThrow()), t, c);
  }

  private Typed compare(Expr.Compare c, Map<String, Type> vars) {
    Typed a = compile(c.left(), vars);
    Typed b = compile(c.right(), vars);
    if (a.type() == Type.Special.ERROR || b.type() == Type.Special.ERROR) {
      return new Typed(new Code.Literal(FieldValue.Null.INSTANCE), Type.Special.ERROR, c);
    }
    Type ta = comparable(a.type(), b.type());
    Type tb = comparable(b.type(), a.type());
    boolean ordering = !c.op().equals("==") && !c.op().equals("!=");
    boolean ok =
        ordering
            ? numeric(ta) && numeric(tb)
            : ta == Type.Special.NULL || tb == Type.Special.NULL || ta.equals(tb) || (numeric(ta) && numeric(tb));
    if (!ok) {
      String why = ordering ? " (only numbers, quantities and percents are ordered)" : "";
      problems.error(
          c.pos(), "cannot compare " + a.source().src() + " (" + conv.show(a.type()) + ") with " + b.source().src()
              + " (" + conv.show(b.type()) + ")" + why);
      return new Typed(new Code.Literal(FieldValue.Null.INSTANCE), Type.Special.ERROR, c);
    }
    Code ca = conv.coerce(a, ta).orElseThrow();
    Code cb = conv.coerce(b, tb).orElseThrow();
    return new Typed(new Code.Compare(c.op(), ca, cb), Type.Prim.BOOL, c);
  }

  /** What one side of a comparison is compared as: an element as its value, or as text. */
  private Type comparable(Type t, Type other) {
    if (t instanceof Type.Node n) {
      // Two value elements ($done <= $total) compare as values; with text, or an element of no
      // value rule on either side, both compare as text.
      Optional<Type.Prim> k = conv.kind(n);
      if (k.isEmpty() || other == Type.Prim.TEXT) {
        return Type.Prim.TEXT;
      }
      if (other instanceof Type.Node o) {
        return conv.kind(o).isPresent() ? k.get() : Type.Prim.TEXT;
      }
      return k.get();
    }
    return t;
  }

  private static boolean numeric(Type t) {
    return t == Type.Prim.NUMBER || t == Type.Prim.QUANTITY || t == Type.Prim.PERCENT;
  }

  private Typed call(Expr.Call c, Map<String, Type> vars) {
    String f = c.function();
    if (f.equals("person")) {
      return person(c, vars);
    }
    if (f.equals("lookup") || f.equals("ending")) {
      return lookup(c, vars);
    }
    Optional<RecordType> rec = decls.record(f);
    if (rec.isPresent()) {
      return record(rec.get(), c, vars);
    }
    if (decls.fact(f).isPresent()) {
      problems.error(c.pos(), "'" + f + "' is a fact type; only records are built with " + f + "(...)");
    } else {
      Set<String> known = new TreeSet<>(decls.records().keySet());
      known.add("person");
      known.add("lookup");
      known.add("ending");
      problems.error(c.pos(), "unknown function '" + f + "'" + Suggest.hint(f, known, ""));
    }
    return Typed.error(c);
  }

  private Typed person(Expr.Call c, Map<String, Type> vars) {
    Map<String, Expr> args = arguments(c, List.of("name", "role"), 1);
    if (args == null) {
      return Typed.error(c);
    }
    Code name = compileAs(args.get("name"), Type.Prim.TEXT, "the name of a person", vars);
    Code role =
        args.containsKey("role")
            ? compileAs(args.get("role"), Type.Prim.TEXT, "the role of a person", vars)
            : new Code.Literal(FieldValue.Null.INSTANCE);
    return new Typed(new Code.MakePerson(name, role), Type.Prim.PERSON, c);
  }

  private Code compileAs(Expr e, Type target, String what, Map<String, Type> vars) {
    return coerce(compile(e, vars), target, what);
  }

  /** {@code lookup(lexicon, e)}, and {@code ending(lexicon, e)} for the entry e ends with. */
  private Typed lookup(Expr.Call c, Map<String, Type> vars) {
    String f = c.function();
    if (c.args().size() != 2 || c.args().stream().anyMatch(a -> a.name().isPresent())) {
      problems.error(c.pos(), f + " takes a lexicon and a text: " + f + "(roles, $role)");
      return Typed.error(c);
    }
    Expr lex = c.args().get(0).value();
    if (!(lex instanceof Expr.Var v)) {
      problems.error(lex.pos(), "the first argument of " + f + " names a lexicon (a file of rules/lexicons/)");
      return Typed.error(c);
    }
    Set<String> entries = lexicons.get(v.name());
    if (entries == null) {
      problems.error(
          lex.pos(), "unknown lexicon '" + v.name() + "' (no rules/lexicons/" + v.name() + ".txt)"
              + Suggest.hint(v.name(), lexicons.keySet(), "").replace(" (known:", " (lexicons:"));
      return Typed.error(c);
    }
    Code text = compileAs(c.args().get(1).value(), Type.Prim.TEXT, "what " + f + " looks up", vars);
    Code code = f.equals("ending") ? new Code.Ending(v.name(), entries, text) : new Code.Lookup(v.name(), entries, text);
    return new Typed(code, Type.Prim.TEXT, c);
  }

  private Typed record(RecordType rec, Expr.Call c, Map<String, Type> vars) {
    Map<String, Code> given = new LinkedHashMap<>();
    boolean ok = true;
    for (Expr.Arg a : c.args()) {
      if (a.name().isEmpty()) {
        problems.error(a.pos(), "a record names its fields: " + rec.name() + "(field: value, ...)");
        ok = false;
        continue;
      }
      String name = a.name().get();
      Optional<Field> f = rec.field(name);
      if (f.isEmpty()) {
        problems.error(
            a.pos(), "unknown field '" + name + "' in " + rec.name() + Suggest.hint(name, rec.fields().stream().map(Field::name).toList(), ""));
        ok = false;
      } else if (given.containsKey(name)) {
        problems.error(a.pos(), "field '" + name + "' is given twice");
        ok = false;
      } else {
        given.put(name, compileAs(a.value(), f.get().type(), "field '" + name + "' of " + rec.name(), vars));
      }
    }
    for (Field f : rec.fields()) {
      if (!f.optional() && !given.containsKey(f.name()) && ok) {
        problems.error(c.pos(), "required field '" + f.name() + "' of " + rec.name() + " is not given");
      }
    }
    return new Typed(new Code.MakeRecord(rec, given), new Type.Rec(rec.name()), c);
  }

  /** Positional or named arguments of a built-in function; null after reporting a problem. */
  private Map<String, Expr> arguments(Expr.Call c, List<String> params, int required) {
    Map<String, Expr> out = new HashMap<>();
    int position = 0;
    for (Expr.Arg a : c.args()) {
      String name = a.name().orElse(position < params.size() ? params.get(position) : null);
      position++;
      if (name == null || !params.contains(name) || out.containsKey(name)) {
        problems.error(a.pos(), c.function() + " takes " + String.join(", ", params) + ": " + c.function() + "(NAME, ROLE)");
        return null;
      }
      out.put(name, a.value());
    }
    if (out.size() < required) {
      problems.error(c.pos(), c.function() + " needs at least " + String.join(", ", params.subList(0, required)));
      return null;
    }
    return out;
  }

  private Typed list(Expr.ListOf l, Map<String, Type> vars) {
    List<Typed> items = new ArrayList<>();
    Type item = Type.Special.NULL;
    for (Expr e : l.items()) {
      Typed t = compile(e, vars);
      Optional<Type> j = conv.join(item, t.type());
      if (j.isEmpty()) {
        problems.error(e.pos(), "the items of a list have one type, but " + t.source().src() + " is " + conv.show(t.type())
            + " and the items before it " + conv.show(item));
        return Typed.error(l);
      }
      item = j.get();
      items.add(t);
    }
    if (item instanceof Type.ListOf) {
      problems.error(l.pos(), "a list of lists of elements: loop over them with a second 'for'");
      return Typed.error(l);
    }
    boolean elements = item instanceof Type.Node;
    List<Code> codes = new ArrayList<>();
    for (Typed t : items) {
      codes.add(elements ? t.code() : conv.coerce(t, item).orElseThrow());
    }
    return new Typed(new Code.Items(codes, elements), new Type.ListOf(item), l);
  }

  private Typed comprehension(Expr.Comprehension c, Map<String, Type> vars) {
    Map<String, Type> scope = new HashMap<>(vars);
    List<String> names = new ArrayList<>();
    List<Code> sources = new ArrayList<>();
    boolean ok = true;
    for (Expr.Loop loop : c.loops()) {
      Typed src = compile(loop.source(), scope);
      Type item = Type.Special.ERROR;
      if (src.type() instanceof Type.ListOf l) {
        item = l.item();
      } else if (src.type() != Type.Special.ERROR) {
        problems.error(
            loop.source().pos(), src.source().src() + " is " + conv.show(src.type()) + ", not a list (a list label is written x+=...)");
        ok = false;
      }
      if (scope.containsKey(loop.variable()) || loop.variable().equals("article")) {
        problems.error(loop.pos(), "'" + loop.variable() + "' is already a name here; choose another");
        ok = false;
      }
      scope.put(loop.variable(), item);
      names.add(loop.variable());
      sources.add(src.code());
    }
    Typed body = compile(c.body(), scope);
    if (!ok) {
      return Typed.error(c);
    }
    if (body.type() instanceof Type.ListOf l && l.item() instanceof Type.Node) {
      problems.error(c.body().pos(), "each item would be a list of elements: loop over it with a second 'for'");
      return Typed.error(c);
    }
    boolean elements = body.type() instanceof Type.Node;
    return new Typed(new Code.ForEach(names, sources, body.code(), elements), new Type.ListOf(body.type()), c);
  }
}
