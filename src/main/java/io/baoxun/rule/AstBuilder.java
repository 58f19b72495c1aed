package io.baoxun.rule;

import io.baoxun.rule.RulesParser.ExprContext;
import io.baoxun.rule.RulesParser.PrimaryContext;
import io.baoxun.rule.ast.CheckClause;
import io.baoxun.rule.ast.Clause;
import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Expr;
import io.baoxun.rule.ast.Pos;
import io.baoxun.rule.ast.RuleFile;
import io.baoxun.rule.ast.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Turns a parse tree without syntax errors into the immutable AST. */
final class AstBuilder {
  private final String file;
  private final Problems problems;
  /** Where line 1, column 1 of the text being read lies in the file (a message's {hole}). */
  private final int firstLine;
  private final int firstColumn;

  AstBuilder(String file, Problems problems) {
    this(file, problems, 1, 1);
  }

  /** A builder for text that starts at {@code line:column} of the file, such as a hole of a message. */
  AstBuilder(String file, Problems problems, int line, int column) {
    this.file = file;
    this.problems = problems;
    this.firstLine = line;
    this.firstColumn = column;
  }

  RuleFile file(RulesParser.FileContext ctx) {
    List<Decl> decls = new ArrayList<>();
    for (RulesParser.DeclContext d : ctx.decl()) {
      decls.add(decl(d));
    }
    return new RuleFile(file, decls);
  }

  private Decl decl(RulesParser.DeclContext ctx) {
    if (ctx instanceof RulesParser.TypeDeclContext t) {
      return new Decl.Type(t.ID().getText(), t.NESTED() != null, fields(t.fieldDecl()), pos(t.ID()));
    }
    if (ctx instanceof RulesParser.ValueTypeDeclContext v) {
      return new Decl.ValueType(
          v.ID().getText(), v.NESTED() != null, v.typeRef().stream().map(this::typeRef).toList(), pos(v.ID()));
    }
    if (ctx instanceof RulesParser.RecordDeclContext r) {
      return new Decl.Record(r.ID().getText(), fields(r.fieldDecl()), pos(r.ID()));
    }
    if (ctx instanceof RulesParser.CheckDeclContext c) {
      List<CheckClause> clauses = new ArrayList<>();
      for (RulesParser.CheckClauseContext cc : c.checkClause()) {
        clauses.add(checkClause(cc));
      }
      return new Decl.Check(c.ruleId().getText(), clauses, pos(c.ruleId().getStart()));
    }
    RulesParser.RuleDeclContext r = (RulesParser.RuleDeclContext) ctx;
    List<Clause> clauses = new ArrayList<>();
    for (RulesParser.ClauseContext c : r.clause()) {
      clauses.add(clause(c));
    }
    return new Decl.Rule(r.ruleId().getText(), clauses, pos(r.ruleId().getStart()));
  }

  private List<Decl.FieldDecl> fields(List<RulesParser.FieldDeclContext> ctxs) {
    return ctxs.stream().map(f -> new Decl.FieldDecl(f.ID().getText(), f.typeRef().stream().map(this::typeRef).toList(), pos(f.ID()))).toList();
  }

  private TypeRef typeRef(RulesParser.TypeRefContext ctx) {
    return new TypeRef(
        ctx.ID().getText(),
        Optional.ofNullable(ctx.typeRef()).map(this::typeRef),
        ctx.QUESTION() != null,
        pos(ctx.ID()));
  }

  private Clause clause(RulesParser.ClauseContext ctx) {
    Pos pos = pos(ctx.getStart());
    if (ctx instanceof RulesParser.SummaryClauseContext s) {
      return new Clause.Summary(string(s.STRING()), pos);
    }
    if (ctx instanceof RulesParser.MatchClauseContext m) {
      boolean leftmost = false;
      if (m.ID().size() > 1) {
        String word = m.ID(1).getText();
        if (word.equals("leftmost")) {
          leftmost = true;
        } else {
          problems.error(
              pos(m.ID(1)),
              "unknown word '" + word + "' after match " + m.ID(0).getText() + "; the only word allowed there is leftmost");
        }
      }
      return new Clause.Match(m.ID(0).getText(), pos(m.ID(0)), leftmost, pos);
    }
    if (ctx instanceof RulesParser.PriorityClauseContext p) {
      String digits = (p.MINUS() != null ? "-" : "") + p.NUMBER().getText();
      int value = 0;
      try {
        value = Integer.parseInt(digits);
      } catch (NumberFormatException e) {
        problems.error(pos(p.NUMBER()), "a priority is a whole number between -2147483648 and 2147483647");
      }
      return new Clause.Priority(value, pos);
    }
    if (ctx instanceof RulesParser.WhenClauseContext w) {
      return new Clause.When(expr(w.expr()), pos);
    }
    if (ctx instanceof RulesParser.SpanClauseContext sp) {
      return new Clause.Span(expr(sp.expr()), pos);
    }
    if (ctx instanceof RulesParser.EmitFieldsClauseContext e) {
      List<Clause.Assignment> as = new ArrayList<>();
      for (RulesParser.AssignmentContext a : e.assignment()) {
        as.add(new Clause.Assignment(a.ID().getText(), pos(a.ID()), expr(a.expr())));
      }
      return new Clause.EmitFields(e.ID().getText(), pos(e.ID()), as, pos);
    }
    if (ctx instanceof RulesParser.EmitValueClauseContext e) {
      return new Clause.EmitValue(e.ID().getText(), pos(e.ID()), expr(e.expr()), pos);
    }
    if (ctx instanceof RulesParser.ExampleClauseContext e) {
      List<Clause.Expectation> exp = new ArrayList<>();
      for (RulesParser.ExpectationContext x : e.expectation()) {
        Optional<String> value = x.STRING() == null ? Optional.empty() : Optional.of(string(x.STRING()));
        exp.add(new Clause.Expectation(x.key.getText(), pos(x.key), value));
      }
      return new Clause.Example(true, string(e.STRING()), pos(e.STRING()), exp, pos);
    }
    RulesParser.NotClauseContext n = (RulesParser.NotClauseContext) ctx;
    return new Clause.Example(false, string(n.STRING()), pos(n.STRING()), List.of(), pos);
  }

  private CheckClause checkClause(RulesParser.CheckClauseContext ctx) {
    Pos pos = pos(ctx.getStart());
    if (ctx instanceof RulesParser.CheckSummaryContext s) {
      return new CheckClause.Summary(string(s.STRING()), pos);
    }
    if (ctx instanceof RulesParser.CheckSeverityContext s) {
      return new CheckClause.Severity(s.ID().getText(), pos(s.ID()), pos);
    }
    if (ctx instanceof RulesParser.CheckForContext f) {
      List<CheckClause.Source> sources = new ArrayList<>();
      for (RulesParser.SourceContext sc : f.source()) {
        sources.add(source(sc));
      }
      Optional<CheckClause.ScopeWords> scope =
          Optional.ofNullable(f.scope())
              .map(sc -> new CheckClause.ScopeWords(sc.getStart().getText(), sc.ID().getText(), pos(sc.ID())));
      return new CheckClause.For(sources, scope, pos);
    }
    if (ctx instanceof RulesParser.CheckSameContext s) {
      return new CheckClause.Same(s.path().stream().map(this::path).toList(), pos);
    }
    if (ctx instanceof RulesParser.CheckOrderContext o) {
      return new CheckClause.Order(path(o.path()), pos);
    }
    if (ctx instanceof RulesParser.CheckWhenContext w) {
      return new CheckClause.When(expr(w.expr()), pos);
    }
    if (ctx instanceof RulesParser.CheckRequireContext r) {
      return new CheckClause.Require(expr(r.expr()), pos);
    }
    if (ctx instanceof RulesParser.CheckMessageContext m) {
      Optional<String> status = Optional.ofNullable(m.ID()).map(TerminalNode::getText);
      Pos statusPos = m.ID() == null ? pos : pos(m.ID());
      return new CheckClause.Message(status, statusPos, template(m.STRING()), pos);
    }
    if (ctx instanceof RulesParser.CheckJavaContext j) {
      return new CheckClause.Java(string(j.STRING()), pos(j.STRING()), pos);
    }
    if (ctx instanceof RulesParser.CheckExampleContext e) {
      List<Clause.Expectation> exp = new ArrayList<>();
      for (RulesParser.ExpectationContext x : e.expectation()) {
        Optional<String> value = x.STRING() == null ? Optional.empty() : Optional.of(string(x.STRING()));
        exp.add(new Clause.Expectation(x.key.getText(), pos(x.key), value));
      }
      return new CheckClause.Example(true, texts(e.STRING()), exp, pos);
    }
    RulesParser.CheckNotContext n = (RulesParser.CheckNotContext) ctx;
    return new CheckClause.Example(false, texts(n.STRING()), List.of(), pos);
  }

  private List<CheckClause.Text> texts(List<TerminalNode> strings) {
    return strings.stream().map(s -> new CheckClause.Text(string(s), pos(s))).toList();
  }

  private CheckClause.Source source(RulesParser.SourceContext ctx) {
    List<CheckClause.Name> vars =
        ctx.ID().stream().map(id -> new CheckClause.Name(id.getText(), pos(id))).toList();
    List<CheckClause.SourceType> alts = new ArrayList<>();
    for (RulesParser.SourceTypeContext t : ctx.sourceType()) {
      List<TerminalNode> ids = t.ID();
      boolean list = t.LT() != null;
      int first = list ? 1 : 0;
      String type = ids.get(first).getText();
      if (list && !ids.get(0).getText().equals("list")) {
        problems.error(pos(ids.get(0)), "only list takes a type argument: list<" + type + ">");
      }
      List<String> path = ids.subList(first + 1, ids.size()).stream().map(TerminalNode::getText).toList();
      alts.add(new CheckClause.SourceType(type, list, path, pos(ids.get(first))));
    }
    Optional<Expr> condition = Optional.ofNullable(ctx.expr()).map(this::expr);
    return new CheckClause.Source(vars, alts, condition, pos(ctx.getStart()));
  }

  private CheckClause.Path path(RulesParser.PathContext ctx) {
    return new CheckClause.Path(ctx.ID().stream().map(TerminalNode::getText).toList(), pos(ctx.getStart()));
  }

  /** A message: literal text and {expression} holes, each hole parsed where it is written. */
  private CheckClause.Template template(TerminalNode node) {
    Token t = node.getSymbol();
    return TemplateParser.parse(t.getText(), file, line(t), column(t), problems);
  }

  /** Reads a hole of a message, written at {@code line:column} of the file. */
  static Expr hole(RulesParser.ExprContext ctx, String file, Problems problems, int line, int column) {
    return new AstBuilder(file, problems, line, column).expr(ctx);
  }

  private Expr expr(ExprContext ctx) {
    Pos pos = pos(ctx.getStart());
    String src = src(ctx);
    if (ctx instanceof RulesParser.PrimaryExprContext p) {
      return primary(p.primary());
    }
    if (ctx instanceof RulesParser.MemberExprContext m) {
      return new Expr.Member(expr(m.expr()), m.ID().getText(), pos(m.ID()), pos, src);
    }
    if (ctx instanceof RulesParser.AsExprContext a) {
      return new Expr.As(expr(a.expr()), typeRef(a.typeRef()), pos(a.AS()), src);
    }
    if (ctx instanceof RulesParser.CoalesceExprContext c) {
      return new Expr.Coalesce(expr(c.expr(0)), expr(c.expr(1)), pos, src);
    }
    if (ctx instanceof RulesParser.MulExprContext m) {
      return new Expr.Arith(m.op.getText(), expr(m.expr(0)), expr(m.expr(1)), pos(m.op), src);
    }
    if (ctx instanceof RulesParser.AddExprContext a) {
      return new Expr.Arith(a.op.getText(), expr(a.expr(0)), expr(a.expr(1)), pos(a.op), src);
    }
    if (ctx instanceof RulesParser.CompareExprContext c) {
      return new Expr.Compare(c.op.getText(), expr(c.expr(0)), expr(c.expr(1)), pos(c.op), src);
    }
    if (ctx instanceof RulesParser.NotExprContext n) {
      return new Expr.Not(expr(n.expr()), pos, src);
    }
    if (ctx instanceof RulesParser.AndExprContext a) {
      return new Expr.Logic("and", expr(a.expr(0)), expr(a.expr(1)), pos(a.AND()), src);
    }
    RulesParser.OrExprContext o = (RulesParser.OrExprContext) ctx;
    return new Expr.Logic("or", expr(o.expr(0)), expr(o.expr(1)), pos(o.OR()), src);
  }

  private Expr primary(PrimaryContext ctx) {
    Pos pos = pos(ctx.getStart());
    String src = src(ctx);
    if (ctx instanceof RulesParser.LabelRefContext l) {
      return new Expr.Label(l.LABEL().getText().substring(1), pos, src);
    }
    if (ctx instanceof RulesParser.WholeMatchContext) {
      return new Expr.WholeMatch(pos, src);
    }
    if (ctx instanceof RulesParser.StringLitContext s) {
      return new Expr.Text(string(s.STRING()), pos, src);
    }
    if (ctx instanceof RulesParser.NumberLitContext n) {
      BigDecimal v = new BigDecimal(n.NUMBER().getText());
      v = n.MINUS() != null ? v.negate() : v;
      return n.PERCENT() != null ? new Expr.Percent(v, pos, src) : new Expr.Number(v, pos, src);
    }
    if (ctx instanceof RulesParser.NullLitContext) {
      return new Expr.Null(pos, src);
    }
    if (ctx instanceof RulesParser.CallContext c) {
      List<Expr.Arg> args = new ArrayList<>();
      for (RulesParser.ArgContext a : c.arg()) {
        args.add(
            new Expr.Arg(
                Optional.ofNullable(a.ID()).map(TerminalNode::getText), pos(a.getStart()), expr(a.expr())));
      }
      return new Expr.Call(c.ID().getText(), args, pos, src);
    }
    if (ctx instanceof RulesParser.GeneratorCallContext g) {
      List<Expr.Loop> loops = new ArrayList<>();
      for (RulesParser.ForClauseContext f : g.forClause()) {
        loops.add(new Expr.Loop(f.ID().getText(), pos(f.ID()), expr(f.expr())));
      }
      return new Expr.Generator(g.ID().getText(), expr(g.expr()), loops, pos, src);
    }
    if (ctx instanceof RulesParser.VarRefContext v) {
      return new Expr.Var(v.ID().getText(), pos, src);
    }
    if (ctx instanceof RulesParser.ComprehensionContext c) {
      List<Expr.Loop> loops = new ArrayList<>();
      for (RulesParser.ForClauseContext f : c.forClause()) {
        loops.add(new Expr.Loop(f.ID().getText(), pos(f.ID()), expr(f.expr())));
      }
      return new Expr.Comprehension(expr(c.expr()), loops, pos, src);
    }
    if (ctx instanceof RulesParser.ListLitContext l) {
      return new Expr.ListOf(l.expr().stream().map(this::expr).toList(), pos, src);
    }
    return expr(((RulesParser.ParensContext) ctx).expr());
  }

  /** A string literal's value: quotes off, escapes resolved; a bad escape is reported at its column. */
  private String string(TerminalNode node) {
    Token t = node.getSymbol();
    String raw = t.getText();
    StringBuilder b = new StringBuilder();
    int column = column(t); // of the opening quote
    int i = 1;
    while (i < raw.length() - 1) {
      int c = raw.codePointAt(i);
      int width = Character.charCount(c);
      if (c == '\\') {
        int e = raw.codePointAt(i + 1);
        switch (e) {
          case 'n' -> b.append('\n');
          case 't' -> b.append('\t');
          case '"' -> b.append('"');
          case '\\' -> b.append('\\');
          default -> problems.error(
              new Pos(file, line(t), column + raw.codePointCount(0, i)),
              "unknown escape '\\" + new String(Character.toChars(e)) + "' (a string knows \\\" \\\\ \\n \\t)");
        }
        i += 1 + Character.charCount(e);
      } else {
        b.appendCodePoint(c);
        i += width;
      }
    }
    return b.toString();
  }

  private Pos pos(TerminalNode n) {
    return pos(n.getSymbol());
  }

  private Pos pos(Token t) {
    return new Pos(file, line(t), column(t));
  }

  private int line(Token t) {
    return firstLine + t.getLine() - 1;
  }

  private int column(Token t) {
    return (t.getLine() == 1 ? firstColumn : 1) + t.getCharPositionInLine();
  }

  private static String src(ParserRuleContext ctx) {
    return ctx.getStart().getInputStream().getText(Interval.of(ctx.getStart().getStartIndex(), ctx.getStop().getStopIndex()));
  }
}
