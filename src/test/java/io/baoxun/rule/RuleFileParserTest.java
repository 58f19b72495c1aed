package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.Diagnostic;
import io.baoxun.rule.ast.Clause;
import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Expr;
import io.baoxun.rule.ast.RuleFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleFileParserTest {
  private final Problems problems = new Problems();

  private Optional<RuleFile> parse(String source) {
    return RuleFileParser.parse("rules/a.rules", source, problems);
  }

  private List<String> headlines() {
    return problems.diagnostics().stream().map(Diagnostic::headline).toList();
  }

  @Test
  void parsesARuleWithEveryClause() {
    RuleFile f =
        parse(
                """
                # a comment
                rule bulletin.x {
                  summary "截至…"   # trailing comment
                  match progress
                  priority -2
                  when $a == "新增" and not ($b ?? 0) > 3
                  emit T { a = [person(n, $r) for n in $names for m in n.x] }
                  example "«甲»\\n乙\\"" { a = "x" b = null }
                  not "丙"
                }
                """)
            .orElseThrow();
    Decl.Rule r = (Decl.Rule) f.decls().get(0);
    assertThat(r.name()).isEqualTo("bulletin.x");
    assertThat(r.pos().line()).isEqualTo(2);
    assertThat(r.clauses()).extracting(Clause::keyword)
        .containsExactly("summary", "match", "priority", "when", "emit", "example", "not");
    assertThat(((Clause.Priority) r.clauses().get(2)).value()).isEqualTo(-2);
    Clause.When when = (Clause.When) r.clauses().get(3);
    // 'and' binds looser than 'not', which binds looser than the comparison.
    Expr.Logic and = (Expr.Logic) when.condition();
    assertThat(and.right()).isInstanceOf(Expr.Not.class);
    assertThat(((Expr.Not) and.right()).operand()).isInstanceOf(Expr.Compare.class);
    Clause.Example ex = (Clause.Example) r.clauses().get(5);
    assertThat(ex.text()).isEqualTo("«甲»\n乙\"");
    assertThat(ex.expectations()).extracting(Clause.Expectation::expected)
        .containsExactly(Optional.of("x"), Optional.empty());
    Expr.Comprehension c =
        (Expr.Comprehension) ((Clause.EmitFields) r.clauses().get(4)).assignments().get(0).value();
    assertThat(c.loops()).extracting(Expr.Loop::variable).containsExactly("n", "m");
    assertThat(c.body().src()).isEqualTo("person(n, $r)");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void parsesTypesRecordsAndValueFacts() {
    RuleFile f =
        parse(
                """
                nested type Breakdown { total: quantity, parts: list<Part> }
                record Part { label: text? }
                type Quantity = quantity | percent
                """)
            .orElseThrow();
    assertThat(f.decls()).hasSize(3);
    Decl.Type t = (Decl.Type) f.decls().get(0);
    assertThat(t.nested()).isTrue();
    assertThat(t.fields().get(1).types().get(0).toString()).isEqualTo("list<Part>");
    assertThat(((Decl.Record) f.decls().get(1)).fields().get(0).optional()).isTrue();
    assertThat(((Decl.ValueType) f.decls().get(2)).alternatives()).hasSize(2);
  }

  @Test
  void aMissingBraceSaysWhatWasExpectedAndWhatWasFound() {
    parse(
        """
        rule t.x {
          summary "s"
          match credit
          emit Credit {
            people = []
          emit Credit { }
        }
        """);
    assertThat(headlines()).containsExactly("rules/a.rules:6:3: error: expected '}' or a field name but found 'emit'");
  }

  @Test
  void namesGroupsOfTokensByWhatTheyStart() {
    parse("rule t.x {\n  foo\n}\n");
    parse("ruel t.x {}\n");
    parse("rule t.x {\n  when $a ==\n  emit A { }\n}\n");
    assertThat(headlines())
        .containsExactly(
            "rules/a.rules:2:3: error: expected a rule clause (summary, match, priority, when, span, emit, example or not) or '}' but found 'foo'",
            "rules/a.rules:1:1: error: expected a declaration (type, record, rule or check) or the end of the file but found 'ruel'",
            "rules/a.rules:3:3: error: expected an expression but found 'emit'");
  }

  @Test
  void stringsStrayCharactersAndEscapes() {
    parse("rule t.x {\n  summary \"截至\n}\n");
    parse("rule t.x {\n  emit A { x = $ a }\n}\n");
    parse("rule t.x {\n  summary \"截至\\q\"\n}\n");
    assertThat(headlines())
        .containsExactly(
            "rules/a.rules:2:11: error: this string is not closed before the end of the line",
            "rules/a.rules:2:16: error: unexpected '$': a label is written $name, the whole match $$",
            // Columns count code points: the escape is after two Chinese characters.
            "rules/a.rules:2:14: error: unknown escape '\\q' (a string knows \\\" \\\\ \\n \\t)");
  }

  @Test
  void oneErrorPerDeclarationNotACascade() {
    parse(
        """
        rule t.a {
          when $a ==
          emit A { }
        }

        type B {
          x text
        }

        rule t.c {
          summary "fine"
        }
        """);
    assertThat(headlines())
        .containsExactly(
            "rules/a.rules:3:3: error: expected an expression but found 'emit'",
            "rules/a.rules:7:5: error: expected ':' but found 'text'");
  }

  @Test
  void theCaretSitsUnderTheCharacterInChineseLines() {
    parse("rule t.x {\n  summary \"截至\" 完\n}\n");
    Diagnostic d = problems.diagnostics().get(0);
    assertThat(d.headline()).isEqualTo(
        "rules/a.rules:2:16: error: unexpected character '完' (text is written in double quotes)");
    assertThat(d.render()).endsWith("  summary \"截至\" 完\n           \u3000\u3000  ^");
  }
}
