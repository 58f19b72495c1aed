package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.CheckPacks;
import io.baoxun.check.CheckSpec;
import io.baoxun.check.Scope;
import io.baoxun.check.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check language as the pack loader sees it: what parses, what type-checks against the fact
 * types, and every mistake reported at once at {@code file:line:column}, in the author's words.
 */
class CheckLanguageTest {
  @TempDir Path dir;

  private java.util.List<String> problems(String rules) {
    return CheckPacks.problems(CheckPacks.withRules(dir, "t.rules", rules));
  }

  @Test
  void aWellFormedCheckLoadsWithItsMetadataAndScope() {
    Pack pack = CheckPacks.load(CheckPacks.withRules(dir, "t.rules", """
        check t.sum {
          summary "the parts add up"
          severity warning
          for b in Breakdown
          require sum(p.value for p in b.parts) == b.total.value
          message "{join(b.parts.value, ' + ')} = {sum(b.parts.value)}, total says {b.total.value}"
          example "x"
        }
        check t.pairs {
          summary "s"
          severity error
          for d in Dateline.date, t in CaseReport.time | TestingProgress.asOf, rs in list<Rate> within article
          require t <= d and all(approx(r.part / r.whole, r.ratio, 0.1) for r in rs)
          message pass "{t} {d} {count(rs)}"
          message fail "{t}"
          example "x", "y" { status = "skip" message = "m" }
          not "z"
        }
        """));
    CheckSpec sum = pack.checks().byId("t.sum").orElseThrow();
    assertThat(sum.summary()).isEqualTo("the parts add up");
    assertThat(sum.severity()).isEqualTo(Severity.WARNING);
    assertThat(sum.scope()).isEqualTo(Scope.FACT);
    assertThat(sum.pos().toString()).endsWith("rules/t.rules:1:7");
    CheckSpec pairs = pack.checks().byId("t.pairs").orElseThrow();
    assertThat(pairs.scope()).isEqualTo(Scope.ARTICLE);
    assertThat(pairs.selection().variables()).extracting(v -> v.name() + (v.list() ? "*" : ""))
        .containsExactly("d", "t", "rs*");
    assertThat(pairs.examples()).hasSize(2);
    assertThat(pairs.examples().get(0).texts()).containsExactly("x", "y");
    assertThat(pairs.judge().fieldsRead().orElseThrow()).containsExactlyInAnyOrder("part", "whole", "ratio");
  }

  @Test
  void typeErrorsAreReportedAllAtOnceAtTheirPlace() {
    assertThat(problems("""
        check t.a {
          summary "s"
          severity fatal
          for b in Breakdwon
          require b.total == 1
          message "x"
          example "x"
        }

        check t.b {
          summary "s"
          severity error
          for r in Rate
          require r.ratoi > 1%
          message "{r.part + r.what} and {sum(r.what)} {joni(r)}"
          example "x" { status = "maybe" colour = "red" }
        }
        """)).containsExactly(
            "rules/t.rules:3:12: error: a severity is error or warning, not 'fatal'",
            "rules/t.rules:4:12: error: unknown fact type 'Breakdwon' (did you mean 'Breakdown'?)",
            "rules/t.rules:14:13: error: unknown field 'ratoi' in Rate (did you mean 'ratio'?)",
            "rules/t.rules:15:22: error: '+' computes with numbers, quantities and percents, but r.what is text",
            "rules/t.rules:15:39: error: sum takes a list, but r.what is text",
            "rules/t.rules:15:49: error: unknown function 'joni' (did you mean 'join'?)",
            "rules/t.rules:16:17: error: an example expects status \"pass\", \"fail\" or \"skip\"",
            "rules/t.rules:16:34: error: an example of a check expects status and message, not 'colour' (known: message, status)");
  }

  @Test
  void scopesMustSayWhereFactsMeet() {
    assertThat(problems("""
        check t.c {
          summary "s"
          severity warning
          for a, b in TestingProgress
          require a.completed
          message "{a.completed}"
          example "x"
        }

        check t.d {
          summary "s"
          severity warning
          for a, b in TestingProgress across documents
          same regoin
          require a.asOf < b.region
          message "x"
          example "x"
        }

        check t.f {
          summary "s"
          severity error
          for r in Rate within town
          order by asOf
          require $ratio == null
          message "{r.part as text}"
          example "x"
        }
        """)).containsExactly(
            "rules/t.rules:4:3: error: a check over several facts says where they are found together: "
                + "within article, within document or across documents",
            "rules/t.rules:5:11: error: require needs true or false, but a.completed is quantity "
                + "(to test that it is there, write a.completed != null)",
            "rules/t.rules:14:8: error: unknown field 'regoin' in TestingProgress (did you mean 'region'?)",
            "rules/t.rules:13:3: error: across documents a check says the order its facts are compared in: order by asOf",
            "rules/t.rules:15:18: error: cannot compare a.asOf (time) with b.region (text) "
                + "(numbers, quantities, percents and times are ordered)",
            "rules/t.rules:24:12: error: unknown field 'asOf' in Rate (known: part, ratio, what, whole)",
            "rules/t.rules:23:24: error: 'within town': write within article, within document or across documents",
            "rules/t.rules:25:11: error: a check reads facts, not a grammar match: name a fact's field (b.total), not $ratio",
            "rules/t.rules:26:20: error: 'as' converts grammar elements; the fields a check reads are typed already");
  }

  @Test
  void clausesAreCheckedLikeARulesClauses() {
    assertThat(problems("""
        check t.e {
          summary "s"
          for r in Rate
          java "no_such_check"
          require r.ratio > 0%
          example "x"
        }

        check t.g {
          summary "s"
          severity error
          severity warning
          for r in Rate
          require r.ratio > 0%
          message pass "{r.ratio}"
        }

        check t.e {
          summary "s"
          severity error
          for c in CaseReport
          require article.date != null and article.headline != null
          message "x"
          example "x"
        }
        """)).containsExactly(
            "rules/t.rules:1:7: error: check t.e has no severity (severity error or severity warning)",
            "rules/t.rules:1:7: error: check t.e has both java and require: its verdict comes from one of them",
            "rules/t.rules:4:8: error: no Java check named 'no_such_check' on the class path (known: labels_distinct)",
            "rules/t.rules:12:3: error: a check has one severity; the first is at line 11",
            "rules/t.rules:9:7: error: check t.g has no example",
            "rules/t.rules:9:7: error: check t.g has no message for fail (message \"{...}\": what a person reads in the finding)",
            "rules/t.rules:18:7: error: duplicate check id 't.e' (first declared at rules/t.rules:1:7)",
            "rules/t.rules:22:44: error: a check reads the date of the article (article.date), not 'headline'");
  }

  @Test
  void articleIsOnlyKnownWhereTheFactsShareOne() {
    assertThat(problems("""
        check t.h {
          summary "s"
          severity error
          for a, b in TestingProgress within document
          require a.asOf <= article.date
          message "x"
          example "x"
        }
        """)).containsExactly(
            "rules/t.rules:5:21: error: article names the article of the facts a check judges: "
                + "a check of one fact, or one within article, can read article.date");
  }

  @Test
  void syntaxErrorsInAMessageAreReportedInsideTheString() {
    assertThat(problems("""
        check t.i {
          summary "s"
          severity error
          for r in Rate
          require r.ratio > 0%
          message "ratio {r.ratio is {r.what}"
          example "x"
        }

        check t.j {
          summary "s"
          severity error
          for r in Rate
          require r.ratio > 0%
          message "ratio {r.ratio +} \\q"
          example "x"
        }

        """)).containsExactly(
            "rules/t.rules:6:27: error: expected '}' but found 'is' (inside {…} of a message)",
            "rules/t.rules:15:28: error: expected an expression but found '}' (inside {…} of a message)",
            "rules/t.rules:15:30: error: unknown escape '\\q' (a string knows \\\" \\' \\\\ \\n \\t)");
  }

  @Test
  void aMisspelledClauseIsASyntaxError() {
    assertThat(problems("""
        check t.k {
          summary "s"
          severity error
          for r in Rate
          reqiure r.ratio > 0%
        }
        """)).containsExactly(
            "rules/t.rules:5:3: error: expected a check clause (summary, severity, for, same, order by, when, require, "
                + "message, java, example or not) or '}' but found 'reqiure'");
  }

  @Test
  void aRuleCannotComputeWhatOnlyChecksDo() {
    java.util.List<String> p = problems("""
        type T { n: number }
        rule t.r { summary "s" match breakdown emit T { n = $total.value + 1 } example "x" }
        """);
    assertThat(p).containsExactly(
        "rules/t.rules:2:66: error: arithmetic and percents belong in checks; a rule's expressions read the match");
  }
}
