package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackLoaderTest {
  @TempDir Path tmp;

  @Test
  void loadsTheTestPack() {
    Pack p = TestPacks.testPack();
    assertThat(p.factTypes().keySet())
        .contains("Dateline", "Credit", "TestingProgress", "Tally", "Amount", "Bracket");
    assertThat(p.factTypes().get("Bracket").nested()).isTrue();
    assertThat(p.factTypes().get("Amount").isValueFact()).isTrue();
    assertThat(p.recordTypes()).containsKey("TallyItem");
    // Files in sorted order, rules as written.
    assertThat(p.rules()).extracting(Rule::id).startsWith("test.bracket", "test.flat_bracket", "test.dateline");
    assertThat(p.rules()).extracting(Rule::order).isSorted();
    assertThat(p.lexicons()).extracting(l -> l.name()).contains("roles", "units", "regions");
  }

  @Test
  void reportsEveryProblemOfEveryFileAtOnce() throws Exception {
    PackFixture pack = new PackFixture(tmp);
    pack.rules("a.rules", "type A { x: text }\nrule t.a {\n  summary \"s\"\n  match credit\n  emit A { y = $role }\n  example \"x\"\n}\n");
    pack.rules("b.rules", "rule t.b {\n  summary \"s\"\n  match credit\n  emit B { }\n}\n");
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:5:12: error: unknown field 'y' in A (known: x)",
            "rules/a.rules:5:8: error: required field 'x' of A is never assigned (or declare it x: text?)",
            "rules/b.rules:1:6: error: rule t.b has no example",
            "rules/b.rules:4:8: error: unknown type 'B' (known: A)");
  }

  @Test
  void grammarAndRuleSyntaxProblemsComeTogether() throws Exception {
    PackFixture pack = new PackFixture(tmp);
    Files.writeString(tmp.resolve("grammar/News.g4"), "grammar News;\nr : undefinedRule ;\nX : 'x' ;\n");
    pack.rules("a.rules", "rule t.a {\n  summary \"s\n}\n");
    List<String> problems = pack.problems();
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0)).startsWith("grammar/News.g4:2:5: error: ").contains("undefinedRule");
    assertThat(problems.get(1)).isEqualTo("rules/a.rules:2:11: error: this string is not closed before the end of the line");
  }

  @Test
  void unknownLexiconInTheGrammarNamesTheGrammarFile() throws Exception {
    PackFixture pack = new PackFixture(tmp);
    Files.delete(tmp.resolve("rules/lexicons/roles.txt"));
    assertThat(pack.problems()).anyMatch(p -> p.startsWith("grammar/News.g4:") && p.contains("unknown lexicon 'roles'"));
  }

  @Test
  void pathsAreShownUnderThePackFolderAsTyped() {
    assertThat(PackLoader.show(Path.of("mypack"), Path.of("mypack/rules/a.rules"))).isEqualTo("mypack/rules/a.rules");
    assertThat(PackLoader.show(Path.of(""), Path.of("rules/a.rules"))).isEqualTo("rules/a.rules");
    assertThat(PackLoader.show(Path.of("."), Path.of("./rules/a.rules"))).isEqualTo("rules/a.rules");
    assertThat(PackLoader.show(Path.of("../p"), Path.of("../p/grammar/G.g4"))).isEqualTo("../p/grammar/G.g4");
  }

  @Test
  void aRelativePackFolderGivesRelativeDiagnostics() {
    new PackFixture(tmp).rules("a.rules", "rule t.a {\n  sumary \"s\"\n}\n");
    Path typed = Path.of("").toAbsolutePath().relativize(tmp);
    assertThatThrownBy(() -> PackLoader.load(typed, new TestValues()))
        .isInstanceOfSatisfying(
            PackException.class,
            e -> assertThat(e.diagnostics().get(0).headline()).startsWith(typed + "/rules/a.rules:2:3: error: expected a rule clause"));
  }

  @Test
  void diagnosticsRenderWithTheLineAndACaretNeverAStackTrace() {
    PackFixture pack = new PackFixture(tmp);
    pack.rules(
        "a.rules",
        "type A { x: text }\nrule t.a {\n  summary \"截至\"\n  match credit\n  emit A { x = $rol }\n  example \"（记者 王培源）\"\n}\n");
    Diagnostic d = pack.diagnostics().get(0);
    assertThat(d.render())
        .endsWith("unknown label '$rol' in grammar rule credit (did you mean '$role'?)\n  emit A { x = $rol }\n               ^")
        .doesNotContain("Exception");
  }

  @Test
  void missingFoldersAndBadEncoding() throws Exception {
    assertThatThrownBy(() -> PackLoader.load(tmp.resolve("nope")))
        .isInstanceOfSatisfying(PackException.class, e -> assertThat(e.diagnostics().get(0).message()).isEqualTo("no pack folder here"));
    Files.createDirectories(tmp.resolve("p/rules"));
    assertThatThrownBy(() -> PackLoader.load(tmp.resolve("p")))
        .isInstanceOfSatisfying(
            PackException.class,
            e -> assertThat(e.diagnostics().get(0).message()).isEqualTo("a pack needs a grammar/ folder; there is none"));

    PackFixture pack = new PackFixture(tmp.resolve("q"));
    Files.write(tmp.resolve("q/rules/a.rules"), new byte[] {'#', ' ', (byte) 0xFF, '\n'});
    assertThat(pack.problems()).containsExactly("rules/a.rules: error: not valid UTF-8; save rule files as UTF-8");
  }
}
