package io.baoxun.rule;

import io.baoxun.grammar.PackGrammar;
import io.baoxun.rule.ast.Clause;
import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one rule declaration and compiles it: its clauses, its grammar rule, its {@code when}
 * and {@code emit} against the fact type, and its examples.
 */
final class RuleChecker {
  private final PackGrammar grammar;
  private final Declarations decls;
  private final Map<String, Set<String>> lexicons;
  private final Conversions conv;
  private final Problems problems;

  RuleChecker(
      PackGrammar grammar, Declarations decls, Map<String, Set<String>> lexicons, Conversions conv, Problems problems) {
    this.grammar = grammar;
    this.decls = decls;
    this.lexicons = lexicons;
    this.conv = conv;
    this.problems = problems;
  }

  Optional<Rule> check(Decl.Rule decl, int order) {
    int before = problems.size();
    Map<String, List<Clause>> byKeyword = new HashMap<>();
    for (Clause c : decl.clauses()) {
      String k = c instanceof Clause.Example ? "example" : c.keyword();
      byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(c);
    }
    for (String once : List.of("summary", "match", "priority", "when", "span", "emit")) {
      List<Clause> cs = byKeyword.getOrDefault(once, List.of());
      for (Clause extra : cs.subList(Math.min(1, cs.size()), cs.size())) {
        problems.error(extra.pos(), "a rule has one " + once + "; the first is at line " + cs.get(0).pos().line());
      }
    }
    for (String required : List.of("summary", "match", "emit")) {
      if (!byKeyword.containsKey(required)) {
        problems.error(decl.pos(), "rule " + decl.name() + " has no " + required);
      }
    }
    if (decl.clauses().stream().noneMatch(c -> c instanceof Clause.Example e && e.positive())) {
      problems.error(decl.pos(), "rule " + decl.name() + " has no example");
    }

    String summary = first(byKeyword, "summary", Clause.Summary.class).map(Clause.Summary::text).orElse("");
    int priority = first(byKeyword, "priority", Clause.Priority.class).map(Clause.Priority::value).orElse(0);
    Optional<Clause.Match> match = first(byKeyword, "match", Clause.Match.class);
    String matchRule = match.flatMap(this::grammarRule).orElse(null);
    boolean leftmost = match.map(Clause.Match::leftmost).orElse(false);
    ExprCompiler exprs = new ExprCompiler(grammar, matchRule, decls, lexicons, conv, problems);

    Optional<Code> when =
        first(byKeyword, "when", Clause.When.class).map(w -> exprs.condition(exprs.compile(w.condition()), "when"));
    Optional<Code> span = first(byKeyword, "span", Clause.Span.class).map(sp -> element(exprs.compile(sp.element())));

    FactType type = null;
    Map<String, Code> fields = new LinkedHashMap<>();
    Optional<Code> value = Optional.empty();
    Optional<Clause> emit = byKeyword.getOrDefault("emit", List.of()).stream().findFirst();
    if (emit.isPresent()) {
      Clause e = emit.get();
      if (e instanceof Clause.EmitFields f) {
        type = factType(f.type(), f.typePos()).orElse(null);
        if (type != null && type.isValueFact()) {
          problems.error(f.typePos(), type.name() + " is a value fact (type " + type.name() + " = ...): write emit " + type.name() + " = expression");
          type = null;
        }
        if (type != null) {
          emitFields(f, type, exprs, fields);
        }
      } else {
        Clause.EmitValue v = (Clause.EmitValue) e;
        type = factType(v.type(), v.typePos()).orElse(null);
        if (type != null && !type.isValueFact()) {
          problems.error(v.typePos(), type.name() + " has fields: write emit " + type.name() + " { field = expression ... }");
          type = null;
        }
        if (type != null) {
          value = Optional.of(emitValue(v, type, exprs));
        }
      }
    }

    ExampleChecker examples = new ExampleChecker(problems);
    List<RuleExample> checked = new ArrayList<>();
    for (Clause c : decl.clauses()) {
      if (c instanceof Clause.Example e) {
        examples.check(e, type).ifPresent(checked::add);
      }
    }
    if (problems.size() > before || type == null || matchRule == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Rule(
            decl.name(), summary, matchRule, grammar.ruleIndex(matchRule).orElseThrow(), leftmost, priority, order,
            when, span, type, fields, value, checked, decl.pos()));
  }

  /** What {@code span} takes: one element of the match. */
  private Code element(Typed t) {
    if (!(t.type() instanceof Type.Node) && t.type() != Type.Special.ERROR) {
      problems.error(
          t.source().pos(),
          "span takes one element of the match ($label), but " + t.source().src() + " is " + conv.show(t.type()));
    }
    return t.code();
  }

  private static <T extends Clause> Optional<T> first(Map<String, List<Clause>> byKeyword, String k, Class<T> cls) {
    return byKeyword.getOrDefault(k, List.of()).stream().filter(cls::isInstance).map(cls::cast).findFirst();
  }

  private Optional<String> grammarRule(Clause.Match m) {
    String name = m.grammarRule();
    if (grammar.hasRule(name)) {
      return Optional.of(name);
    }
    String why =
        Character.isUpperCase(name.charAt(0)) && grammar.tokenType(name) != 0
            ? "'" + name + "' is a token; match names a parser rule of the grammar"
            : "unknown grammar rule '" + name + "'" + Suggest.hint(name, grammar.ruleNames(), "");
    problems.error(m.rulePos(), why);
    return Optional.empty();
  }

  private Optional<FactType> factType(String name, Pos pos) {
    Optional<FactType> t = decls.fact(name);
    if (t.isPresent()) {
      return t;
    }
    if (decls.record(name).isPresent()) {
      problems.error(pos, name + " is a record; a rule emits a fact type (type " + name + " {...})");
    } else {
      problems.error(pos, "unknown type '" + name + "'" + Suggest.hint(name, decls.facts().keySet(), ""));
    }
    return Optional.empty();
  }

  private void emitFields(Clause.EmitFields f, FactType type, ExprCompiler exprs, Map<String, Code> out) {
    List<String> names = type.fields().stream().map(Field::name).toList();
    for (Clause.Assignment a : f.assignments()) {
      Optional<Field> field = type.field(a.field());
      if (field.isEmpty()) {
        problems.error(a.pos(), "unknown field '" + a.field() + "' in " + type.name() + Suggest.hint(a.field(), names, ""));
        exprs.compile(a.value()); // still check the expression
      } else if (out.containsKey(a.field())) {
        problems.error(a.pos(), "field '" + a.field() + "' is assigned twice");
      } else {
        out.put(a.field(), exprs.compileAs(a.value(), field.get().type(), "field '" + a.field() + "'"));
      }
    }
    for (Field field : type.fields()) {
      if (!field.optional() && !out.containsKey(field.name()) && f.assignments().stream().noneMatch(a -> a.field().equals(field.name()))) {
        problems.error(
            f.typePos(), "required field '" + field.name() + "' of " + type.name() + " is never assigned (or declare it " + field.name() + ": "
                + field.type().show() + "?)");
      }
    }
  }

  private Code emitValue(Clause.EmitValue v, FactType type, ExprCompiler exprs) {
    Typed t = exprs.compile(v.value());
    List<Type.Prim> alts = type.valueTypes();
    if (t.type() instanceof Type.Node n) {
      Optional<Set<Type.Prim>> kinds = conv.kinds(n);
      if (kinds.isPresent() && alts.containsAll(kinds.get())) {
        return new Code.ReadValue(t.code());
      }
    }
    for (Type.Prim alt : alts) {
      Optional<Code> c = conv.coerce(t, alt);
      if (c.isPresent() && !(t.type() instanceof Type.Node && alt == Type.Prim.TEXT)) {
        return c.get();
      }
    }
    String holds = String.join(" or ", alts.stream().map(Type.Prim::show).toList());
    problems.error(v.value().pos(), type.name() + " holds " + holds + " but " + v.value().src() + " is " + exprs.describe(t.type()));
    return t.code();
  }
}
