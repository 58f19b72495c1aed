package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack is declarative: it runs no code, reads no file outside itself, and holds no pattern that
 * would make matching run away. Each mistake is an error at its place, never a surprise at run time.
 */
class DeclarativePackTest {
  @TempDir Path tmp;

  private PackFixture pack() {
    PackFixture p = new PackFixture(tmp.resolve("pack"));
    p.rules("a.rules", "type A { x: text }\nrule t.a {\n  summary \"s\"\n  match credit\n  emit A { x = $role }\n"
        + "  example \"（通讯员 李平）\" { x = \"通讯员\" }\n}\n");
    return p;
  }

  private void grammar(PackFixture p, String find, String replace) throws IOException {
    Path g = p.dir.resolve("grammar/News.g4");
    String text = Files.readString(g);
    assertThat(text).contains(find);
    Files.writeString(g, text.replace(find, replace));
  }

  @Test
  void theFixtureLoads() {
    assertThat(pack().load().rules()).hasSize(1);
  }

  @Test
  void actionsAndPredicatesAreRefusedAtTheirPlace() throws IOException {
    PackFixture p = pack();
    grammar(p, "name : HAN HAN HAN? ;", "name : HAN HAN {System.exit(3);} HAN? | {false}? HAN ;");
    grammar(p, "grammar News;", "grammar News;\n@members { int n; }");
    List<String> problems = p.problems();
    assertThat(problems).hasSize(3);
    assertThat(problems.get(0)).startsWith("grammar/News.g4:4:1: error: a named action @members is code");
    assertThat(problems.get(1)).matches("grammar/News.g4:\\d+:16: error: an action \\{...} is code, .*");
    assertThat(problems.get(2)).matches("grammar/News.g4:\\d+:41: error: a predicate \\{...}\\? is code, .*when.*");
  }

  @Test
  void ruleArgumentsAndReturnValuesAreCodeToo() throws IOException {
    PackFixture p = pack();
    grammar(p, "name : HAN HAN HAN? ;", "name returns [int n] : HAN HAN HAN? ;");
    assertThat(p.problems()).singleElement().asString().contains("error: returns [...] is code");
  }

  @Test
  void aGrammarImportsOnlyGrammarsOfItsOwnFolder() throws IOException {
    PackFixture p = pack();
    // A grammar of that name beside the pack, where ANTLR would look if asked to.
    Files.writeString(tmp.resolve("Outside.g4"), "grammar Outside;\nx : HAN ;\n");
    Files.writeString(tmp.resolve("pack/Outside.g4"), "grammar Outside;\nx : HAN ;\n");
    grammar(p, "grammar News;", "grammar News;\nimport Outside;");
    assertThat(p.problems()).containsExactly(
        "grammar/News.g4:4:8: error: imports Outside, which is no grammar of this pack (Outside.g4 is not in its grammar folder); a pack reads only its own files");
  }

  @Test
  void tokenVocabIsRefused() throws IOException {
    PackFixture p = pack();
    Files.writeString(tmp.resolve("Evil.tokens"), "X=1\n");
    grammar(p, "grammar News;", "grammar News;\noptions { tokenVocab = '../../Evil'; }");
    assertThat(p.problems()).singleElement().asString()
        .startsWith("grammar/News.g4:4:11: error: tokenVocab reads a .tokens file");
  }

  @Test
  void aTokenThatCanMatchNothingIsAnError() throws IOException {
    // The lexer would make empty tokens at a character nothing else matches, forever.
    PackFixture p = pack();
    grammar(p, "NUMBER : [0-9]+ ('.' [0-9]+)? ;", "NUMBER : [0-9]+ ('.' [0-9]+)? ;\nNOTHING : 'x'* ;");
    assertThat(p.problems()).singleElement().asString()
        .matches("grammar/News.g4:\\d+:1: error: non-fragment lexer rule NOTHING can match the empty string; a token must take at least one character");
  }

  @Test
  void aLoopInsideALoopThatCanMatchNothingIsAnError() throws IOException {
    PackFixture p = pack();
    grammar(p, "name : HAN HAN HAN? ;", "name : HAN HAN HAN? ;\nloops : (HAN* COMMA?)* ;");
    assertThat(p.problems()).singleElement().asString()
        .matches("grammar/News.g4:\\d+:\\d+: error: rule loops contains a closure with at least one alternative that can match an empty string");
  }

  @Test
  void aGrammarNestedBeyondReasonIsAnErrorNotAStackOverflow() throws IOException {
    PackFixture p = pack();
    grammar(p, "name : HAN HAN HAN? ;", "name : " + "(".repeat(20_000) + "HAN" + ")".repeat(20_000) + " ;");
    assertThat(p.problems()).singleElement().asString()
        .matches("grammar/News.g4:\\d+:58: error: nested more than 50 deep; no grammar needs that many brackets");
    // Brackets inside literals, sets and comments are not nesting.
    grammar(p, "name : " + "(".repeat(20_000) + "HAN" + ")".repeat(20_000) + " ;",
        "name : HAN HAN HAN? ; // " + "(".repeat(100) + "\nPAREN : '" + "(".repeat(60) + "' | [(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((] ;");
    assertThat(p.load().grammar()).isNotNull();
  }

  @Test
  void aLexiconIsNamedNeverFoundByPath() {
    PackFixture p = pack();
    p.rules("a.rules", "type A { x: text? }\nrule t.a {\n  summary \"s\"\n  match credit\n"
        + "  emit A { x = lookup(\"../../etc/passwd\", $role) }\n  example \"（通讯员 李平）\" { }\n}\n");
    assertThat(p.problems()).singleElement().asString()
        .startsWith("rules/a.rules:5:23: error: the first argument of lookup names a lexicon");
  }

  @Test
  void filesLinkedFromOutsideThePackAreRefusedBeforeTheyAreRead() throws IOException {
    PackFixture p = pack();
    Path secret = Files.writeString(tmp.resolve("secret.txt"), "王培源\n");
    Path lexicon = p.dir.resolve("rules/lexicons/extra.txt");
    Files.createSymbolicLink(lexicon, secret);
    Path rulesOutside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(rulesOutside.resolve("b.rules"), "# nothing\n");
    Files.createSymbolicLink(p.dir.resolve("rules/b.rules"), rulesOutside.resolve("b.rules"));
    assertThat(p.problems()).containsExactly(
        "rules/b.rules: error: a link to " + rulesOutside.resolve("b.rules").toRealPath() + ", outside the pack; a pack reads only its own files (copy the file into the pack)",
        "rules/lexicons/extra.txt: error: a link to " + secret.toRealPath() + ", outside the pack; a pack reads only its own files (copy the file into the pack)");
  }

  @Test
  void linksInsideThePackAreFine() throws IOException {
    PackFixture p = pack();
    Files.createSymbolicLink(p.dir.resolve("rules/lexicons/units2.txt"), p.dir.resolve("rules/lexicons/units.txt"));
    assertThat(p.load().lexicons()).extracting(l -> l.name()).contains("units2");
  }
}
