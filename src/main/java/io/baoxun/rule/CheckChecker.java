package io.baoxun.rule;

import io.baoxun.check.CheckExample;
import io.baoxun.check.CheckSpec;
import io.baoxun.check.FieldPath;
import io.baoxun.check.Judge;
import io.baoxun.check.Scope;
import io.baoxun.check.Selection;
import io.baoxun.check.Severity;
import io.baoxun.check.Status;
import io.baoxun.check.Variable;
import io.baoxun.rule.ast.CheckClause;
import io.baoxun.rule.ast.Clause;
import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one check declaration and compiles it: its clauses, the facts its names range over, its
 * scope, its conditions and messages against the fact types, its Java judge, and its examples.
 */
final class CheckChecker {
  private static final List<String> ONCE = List.of("summary", "severity", "for", "same", "order by", "when", "require", "java");

  private final Declarations decls;
  private final Conversions conv;
  private final JavaChecks javaChecks;
  private final Problems problems;

  CheckChecker(Declarations decls, Conversions conv, JavaChecks javaChecks, Problems problems) {
    this.decls = decls;
    this.conv = conv;
    this.javaChecks = javaChecks;
    this.problems = problems;
  }

  /** A name of the for clause and the type an expression sees it as. */
  private record Named(Variable variable, Type type, Pos pos) {}

  Optional<CheckSpec> check(Decl.Check decl) {
    int before = problems.size();
    Map<String, List<CheckClause>> byKeyword = new HashMap<>();
    for (CheckClause c : decl.clauses()) {
      byKeyword.computeIfAbsent(c instanceof CheckClause.Example ? "example" : c.keyword(), k -> new ArrayList<>()).add(c);
    }
    for (String once : ONCE) {
      List<CheckClause> cs = byKeyword.getOrDefault(once, List.of());
      for (CheckClause extra : cs.subList(Math.min(1, cs.size()), cs.size())) {
        problems.error(extra.pos(), "a check has one " + once + "; the first is at line " + cs.get(0).pos().line());
      }
    }
    for (String required : List.of("summary", "severity", "for")) {
      if (!byKeyword.containsKey(required)) {
        problems.error(decl.pos(), "check " + decl.name() + " has no " + required + hint(required));
      }
    }
    boolean java = byKeyword.containsKey("java");
    if (java == byKeyword.containsKey("require")) {
      problems.error(
          decl.pos(), java
              ? "check " + decl.name() + " has both java and require: its verdict comes from one of them"
              : "check " + decl.name() + " has no require (the condition that must hold) and no java");
    }
    if (decl.clauses().stream().noneMatch(c -> c instanceof CheckClause.Example e && e.positive())) {
      problems.error(decl.pos(), "check " + decl.name() + " has no example");
    }

    String summary = first(byKeyword, "summary", CheckClause.Summary.class).map(CheckClause.Summary::text).orElse("");
    Severity severity = first(byKeyword, "severity", CheckClause.Severity.class).flatMap(this::severity).orElse(Severity.ERROR);
    CheckExprCompiler exprs = new CheckExprCompiler(decls, conv, problems);
    List<Named> names = first(byKeyword, "for", CheckClause.For.class).map(f -> names(f, exprs)).orElse(List.of());
    Optional<CheckClause.For> forClause = first(byKeyword, "for", CheckClause.For.class);
    List<FieldPath> same = first(byKeyword, "same", CheckClause.Same.class)
        .map(s -> s.paths().stream().map(p -> path(p, names)).toList()).orElse(List.of());
    Optional<CheckClause.Order> orderClause = first(byKeyword, "order by", CheckClause.Order.class);
    Optional<FieldPath> order = orderClause.map(o -> path(o.path(), names));
    Scope scope = forClause.map(f -> scope(f, names, byKeyword, orderClause)).orElse(Scope.FACT);

    Map<String, Type> vars = new LinkedHashMap<>();
    names.forEach(n -> vars.put(n.variable().name(), n.type()));
    if ((scope == Scope.FACT || scope == Scope.ARTICLE) && !vars.containsKey("article")) {
      vars.put("article", Type.Special.ARTICLE);
    }
    Judge judge = java ? javaJudge(byKeyword) : declaredJudge(decl, byKeyword, exprs, vars);

    List<CheckExample> examples = new ArrayList<>();
    for (CheckClause c : decl.clauses()) {
      if (c instanceof CheckClause.Example e) {
        example(e).ifPresent(examples::add);
      }
    }
    if (problems.size() > before || judge == null) {
      return Optional.empty();
    }
    Selection selection = new Selection(scope, names.stream().map(Named::variable).toList(), same, order);
    return Optional.of(new CheckSpec(decl.name(), summary, severity, selection, judge, examples, decl.pos()));
  }

  private static String hint(String clause) {
    return switch (clause) {
      case "severity" -> " (severity error or severity warning)";
      case "for" -> " (for b in Breakdown: the facts it judges)";
      default -> "";
    };
  }

  private static <T extends CheckClause> Optional<T> first(Map<String, List<CheckClause>> byKeyword, String k, Class<T> cls) {
    return byKeyword.getOrDefault(k, List.of()).stream().filter(cls::isInstance).map(cls::cast).findFirst();
  }

  private Optional<Severity> severity(CheckClause.Severity s) {
    Optional<Severity> v = Severity.byLabel(s.level());
    if (v.isEmpty()) {
      problems.error(s.levelPos(), "a severity is error or warning, not '" + s.level() + "'");
    }
    return v;
  }

  // ------------------------------------------------------------------------------------ for

  private List<Named> names(CheckClause.For f, CheckExprCompiler exprs) {
    List<Named> out = new ArrayList<>();
    Map<String, Pos> seen = new HashMap<>();
    int index = 0;
    for (CheckClause.Source src : f.sources()) {
      int source = index++;
      List<Variable.Alternative> alts = new ArrayList<>();
      Type type = null;
      boolean list = false;
      boolean ok = true;
      for (CheckClause.SourceType st : src.alternatives()) {
        Optional<FactType> ft = factType(st);
        if (ft.isEmpty()) {
          ok = false;
          continue;
        }
        list |= st.list();
        if (st.list() && (src.alternatives().size() > 1 || !st.path().isEmpty())) {
          problems.error(st.pos(), "list<" + st.type() + "> stands for all " + st.type() + " facts; it takes no alternatives and no field");
          ok = false;
          continue;
        }
        Type t;
        Optional<FieldPath> field = Optional.empty();
        if (st.path().isEmpty()) {
          t = new Type.Fact(java.util.Set.of(st.type()));
        } else {
          t = pathType(ft.get(), st.path(), st.pos());
          field = Optional.of(new FieldPath(st.path()));
        }
        if (t == null) {
          ok = false;
          continue;
        }
        if (type != null && (type instanceof Type.Fact) != (t instanceof Type.Fact)) {
          problems.error(st.pos(), "a name ranges over facts or over fields of facts, not both: " + st);
          ok = false;
          continue;
        }
        Optional<Type> joined = type == null ? Optional.of(t) : exprs.join(type, t);
        if (joined.isEmpty()) {
          problems.error(st.pos(), st + " is " + exprs.show(t) + " but the alternatives before it are " + exprs.show(type));
          ok = false;
          continue;
        }
        type = joined.get();
        Optional<Variable.FactFilter> filter = src.condition().map(w -> filter(w, ft.get(), exprs));
        alts.add(new Variable.Alternative(st.type(), field, filter));
      }
      // A source already reported gives its names the error type, so their uses are not reported again.
      Type nameType = !ok || type == null ? Type.Special.ERROR : list ? new Type.ListOf(type) : type;
      for (CheckClause.Name n : src.variables()) {
        Pos first = seen.putIfAbsent(n.name(), n.pos());
        if (first != null) {
          problems.error(n.pos(), "'" + n.name() + "' is already a name of this check (at " + first + ")");
          continue;
        }
        if (list && src.variables().size() > 1) {
          problems.error(n.pos(), "one name stands for a list<" + src.alternatives().get(0).type() + ">");
          break;
        }
        out.add(new Named(new Variable(n.name(), source, alts, list), nameType, n.pos()));
      }
    }
    return out;
  }

  private Optional<FactType> factType(CheckClause.SourceType st) {
    Optional<FactType> t = decls.fact(st.type());
    if (t.isEmpty()) {
      if (decls.record(st.type()).isPresent()) {
        problems.error(st.pos(), st.type() + " is a record; a check ranges over fact types (and their fields)");
      } else {
        problems.error(st.pos(), "unknown fact type '" + st.type() + "'" + Suggest.hint(st.type(), decls.facts().keySet(), ""));
      }
      return Optional.empty();
    }
    if (t.get().isValueFact()) {
      problems.error(st.pos(), st.type() + " is a value fact; a check ranges over facts with fields");
      return Optional.empty();
    }
    return t;
  }

  /** The type at a field path of a fact type, or null after reporting what is wrong. */
  private Type pathType(FactType ft, List<String> path, Pos pos) {
    Optional<Field> f = ft.field(path.get(0));
    if (f.isEmpty()) {
      problems.error(pos, "unknown field '" + path.get(0) + "' in " + ft.name()
          + Suggest.hint(path.get(0), ft.fields().stream().map(Field::name).toList(), ""));
      return null;
    }
    Type t = f.get().type();
    String at = ft.name() + "." + path.get(0);
    for (String part : path.subList(1, path.size())) {
      Type next = part(t, part);
      if (next == null) {
        problems.error(pos, at + " is " + conv.show(t) + ", which has no part '" + part + "'");
        return null;
      }
      t = next;
      at += "." + part;
    }
    return t;
  }

  private Type part(Type t, String name) {
    if (t == Type.Prim.QUANTITY || t == Type.Prim.PERCENT) {
      return switch (name) {
        case "value", "min", "max" -> Type.Prim.NUMBER;
        case "unit", "approx" -> Type.Prim.TEXT;
        default -> null;
      };
    }
    if (t == Type.Prim.INTERVAL && (name.equals("from") || name.equals("to"))) {
      return Type.Prim.TIME;
    }
    if (t == Type.Prim.PERSON && (name.equals("name") || name.equals("role"))) {
      return Type.Prim.TEXT;
    }
    if (t instanceof Type.Rec r) {
      return decls.record(r.name()).flatMap(rec -> rec.field(name)).map(Field::type).orElse(null);
    }
    return null;
  }

  /** {@code if status == "累计"}: bare names are the fields of the fact. */
  private Variable.FactFilter filter(io.baoxun.rule.ast.Expr condition, FactType ft, CheckExprCompiler exprs) {
    Map<String, Type> vars = Map.of(Env.THIS, new Type.Fact(java.util.Set.of(ft.name())));
    Calc c = exprs.condition(condition, vars, "if");
    return fact -> Calc.truth(c.eval(new Env(Map.of(Env.THIS, new CVal.Fact(fact))))).isTrue();
  }

  /** A path of same or order by: a field (or a part of one) of every kind of fact the names range over. */
  private FieldPath path(CheckClause.Path p, List<Named> names) {
    java.util.Set<String> types = new java.util.LinkedHashSet<>();
    names.forEach(n -> n.variable().alternatives().forEach(a -> types.add(a.type())));
    for (String t : types) {
      decls.fact(t).ifPresent(ft -> pathType(ft, p.names(), p.pos()));
    }
    return new FieldPath(p.names());
  }

  private Scope scope(
      CheckClause.For f, List<Named> names, Map<String, List<CheckClause>> byKeyword, Optional<CheckClause.Order> order) {
    Scope scope;
    if (f.scope().isEmpty()) {
      scope = Scope.FACT;
    } else {
      CheckClause.ScopeWords w = f.scope().get();
      String words = w.word() + " " + w.what();
      scope = switch (words) {
        case "within article" -> Scope.ARTICLE;
        case "within document" -> Scope.DOCUMENT;
        case "across documents" -> Scope.RUN;
        default -> null;
      };
      if (scope == null) {
        problems.error(w.pos(), "'" + words + "': write within article, within document or across documents");
        return Scope.FACT;
      }
    }
    long single = names.stream().filter(n -> !n.variable().list()).count();
    switch (scope) {
      case FACT -> {
        if (names.size() > 1 || single != names.size()) {
          problems.error(f.pos(), "a check over several facts says where they are found together: "
              + "within article, within document or across documents");
        }
        byKeyword.getOrDefault("same", List.of()).forEach(s ->
            problems.error(s.pos(), "same compares facts judged together: write within article, within document or across documents"));
      }
      case ARTICLE, DOCUMENT -> {
        if (single == 0 && !names.isEmpty()) {
          problems.error(f.pos(), "a check judges at least one fact at a time; a list<...> name alone has nothing to judge");
        }
      }
      case RUN -> {
        boolean pair = names.size() == 2 && single == 2
            && names.get(0).variable().source() == names.get(1).variable().source();
        if (!pair && !names.isEmpty()) {
          problems.error(f.pos(), "across documents a check compares two facts in order: for a, b in Type across documents");
        }
        if (order.isEmpty()) {
          problems.error(f.pos(), "across documents a check says the order its facts are compared in: order by asOf");
        }
      }
    }
    if (scope != Scope.RUN) {
      order.ifPresent(o -> problems.error(o.pos(), "order by is for checks across documents"));
    }
    return scope;
  }

  // ------------------------------------------------------------------------------------ judges

  private Judge javaJudge(Map<String, List<CheckClause>> byKeyword) {
    byKeyword.getOrDefault("message", List.of()).forEach(m ->
        problems.error(m.pos(), "a Java check writes its own messages; leave message out"));
    byKeyword.getOrDefault("when", List.of()).forEach(m ->
        problems.error(m.pos(), "a Java check decides for itself when it applies; leave when out"));
    CheckClause.Java j = first(byKeyword, "java", CheckClause.Java.class).orElseThrow();
    JavaChecks.Lookup found = javaChecks.find(j.name());
    if (found.check() == null) {
      problems.error(j.namePos(), found.problem());
    }
    return found.check();
  }

  private Judge declaredJudge(
      Decl.Check decl, Map<String, List<CheckClause>> byKeyword, CheckExprCompiler exprs, Map<String, Type> vars) {
    Optional<Calc> when = first(byKeyword, "when", CheckClause.When.class).map(w -> exprs.condition(w.condition(), vars, "when"));
    Calc require = first(byKeyword, "require", CheckClause.Require.class)
        .map(r -> exprs.condition(r.condition(), vars, "require")).orElse(null);
    Map<String, DeclaredJudge.Message> messages = new HashMap<>();
    for (CheckClause c : byKeyword.getOrDefault("message", List.of())) {
      CheckClause.Message m = (CheckClause.Message) c;
      String status = m.status().orElse("");
      if (!status.isEmpty() && !status.equals("pass") && !status.equals("fail")) {
        problems.error(m.statusPos(), "a message is for pass or fail (message fail \"...\"), not '" + status + "'");
        continue;
      }
      if (messages.containsKey(status)) {
        problems.error(m.pos(), "a check has one message" + (status.isEmpty() ? "" : " " + status));
        continue;
      }
      List<Object> pieces = new ArrayList<>();
      for (CheckClause.Piece p : m.template().pieces()) {
        if (p instanceof CheckClause.Literal l) {
          pieces.add(l.text());
        } else {
          pieces.add(exprs.compile(((CheckClause.Hole) p).expr(), vars).calc());
        }
      }
      messages.put(status, new DeclaredJudge.Message(pieces));
    }
    DeclaredJudge.Message pass = messages.getOrDefault("pass", messages.get(""));
    DeclaredJudge.Message fail = messages.getOrDefault("fail", messages.get(""));
    if (pass == null || fail == null) {
      problems.error(decl.pos(), "check " + decl.name() + " has no message" + (pass == null && fail == null ? "" : " for " + (pass == null ? "pass" : "fail"))
          + " (message \"{...}\": what a person reads in the finding)");
    }
    if (require == null || pass == null || fail == null) {
      return null;
    }
    return new DeclaredJudge(when, require, pass, fail, exprs.fieldsRead());
  }

  // ------------------------------------------------------------------------------------ examples

  private Optional<CheckExample> example(CheckClause.Example e) {
    boolean ok = true;
    for (CheckClause.Text t : e.texts()) {
      if (t.value().isBlank()) {
        problems.error(t.pos(), "an example needs a text");
        ok = false;
      }
    }
    Status status = Status.PASS;
    Optional<String> message = Optional.empty();
    Map<String, Pos> seen = new HashMap<>();
    for (Clause.Expectation x : e.expectations()) {
      Pos first = seen.putIfAbsent(x.field(), x.pos());
      if (first != null) {
        problems.error(x.pos(), "'" + x.field() + "' is expected twice");
        ok = false;
      } else if (x.field().equals("status")) {
        Optional<Status> s = x.expected().flatMap(Status::byLabel);
        if (s.isEmpty()) {
          problems.error(x.pos(), "an example expects status \"pass\", \"fail\" or \"skip\"");
          ok = false;
        } else {
          status = s.get();
        }
      } else if (x.field().equals("message")) {
        if (x.expected().isEmpty()) {
          problems.error(x.pos(), "an example expects a message text, not null");
          ok = false;
        }
        message = x.expected();
      } else {
        problems.error(x.pos(), "an example of a check expects status and message, not '" + x.field() + "'"
            + Suggest.hint(x.field(), List.of("status", "message"), ""));
        ok = false;
      }
    }
    List<String> texts = e.texts().stream().map(CheckClause.Text::value).toList();
    return ok ? Optional.of(new CheckExample(e.positive(), texts, status, message, e.pos())) : Optional.empty();
  }
}
