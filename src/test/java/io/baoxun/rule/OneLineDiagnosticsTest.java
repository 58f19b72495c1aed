package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by RuleFileFuzzTest's long run: a diagnostic quoting an expression written over two lines
 * was two lines long. Every diagnostic is one line.
 */
class OneLineDiagnosticsTest {
  @TempDir java.nio.file.Path tmp;

  @Test
  void anExpressionOverSeveralLinesIsQuotedOnOne() {
    PackFixture p = new PackFixture(tmp);
    p.rules("a.rules", "type A { x: quantity }\nrule t.a {\n  summary \"s\"\n  match quantity\n  emit A { x = $$ }\n"
        + "  example \"3例\" { }\n}\n"
        + "check t.c {\n  summary \"s\"\n  for a in A\n  require sum(a.x\n      + a.x) == 1\n  not \"3例\"\n}\n");
    assertThat(p.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.message()).doesNotContain("\n"));
    assertThat(p.diagnostics()).extracting(Diagnostic::message).anyMatch(m -> m.contains("sum takes a list, but a.x + a.x is"));
  }
}
