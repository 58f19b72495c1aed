package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrammarMatcherTest {
  private static final String GRAMMAR =
      """
      grammar Mini;
      import Words;

      progress : '截至' when=date region=place? '完成' what=activity done=quantity ;
      place : HAN+? SUFFIX ;
      quantity : num=NUMBER mult='万'? unit=UNIT ;
      date : m=NUMBER '月' d=NUMBER '日' note=weekNote? ;
      weekNote : ',' '星期' NUMBER ;

      NUMBER : [0-9]+ ('.' [0-9]+)? ;
      UNIT : LEX_UNITS ;
      SUFFIX : '市' | '县' ;
      HAN : [\\p{Script=Han}] ;
      PUNCT : [.%] ;
      WS : [ \\n]+ -> channel(HIDDEN) ;
      OTHER : . ;
      """;

  private static final String WORDS =
      """
      grammar Words;
      activity : HAN+? ;
      """;

  @TempDir Path dir;

  private PackGrammar load() throws Exception {
    Files.writeString(dir.resolve("Mini.g4"), GRAMMAR);
    Files.writeString(dir.resolve("Words.g4"), WORDS);
    return GrammarLoader.load(
        dir, List.of(new Lexicon("units", "units.txt", List.of("人次", "例", "人"))), p -> p.getFileName().toString());
  }

  @Test
  void findsARuleInRunningText() throws Exception {
    PackGrammar g = load();
    GrammarMatcher m = g.newMatcher();
    String text = "会议指出,截至3月20日全市完成核酸检测518.3万人次,完成比例88.10%。截至目前,暂无";
    TokenList tokens = m.lex(text);
    List<Match> found = m.findAll(tokens, 0, tokens.size(), g.ruleIndex("progress").orElseThrow());

    assertThat(found).hasSize(1);
    Match p = found.get(0);
    assertThat(text.substring(p.span().start(), p.span().end())).isEqualTo("截至3月20日全市完成核酸检测518.3万人次");
    assertThat(p.label("region").orElseThrow().getText()).isEqualTo("全市");
    assertThat(p.label("what").orElseThrow().getText()).isEqualTo("核酸检测");
  }

  @Test
  void labelsOnRuleRefsAndTokens() throws Exception {
    PackGrammar g = load();
    GrammarMatcher m = g.newMatcher();
    String text = "截至3月20日莘县完成检测79.4万人次";
    TokenList tokens = m.lex(text);
    Match p = m.findAll(tokens, 0, tokens.size(), g.ruleIndex("progress").orElseThrow()).get(0);

    assertThat(p.label("region").orElseThrow().getText()).isEqualTo("莘县");
    assertThat(p.label("what").orElseThrow().getText()).isEqualTo("检测");
    ParseTree done = p.label("done").orElseThrow();
    assertThat(done.getText()).isEqualTo("79.4万人次");
    org.antlr.v4.runtime.ParserRuleContext q = (org.antlr.v4.runtime.ParserRuleContext) done;
    assertThat(g.labeled(q, "num").get(0).getText()).isEqualTo("79.4");
    assertThat(g.labeled(q, "mult").get(0).getText()).isEqualTo("万");
    assertThat(g.labeled(q, "unit").get(0).getText()).isEqualTo("人次");
    assertThat(g.labelOf(g.labeled(q, "unit").get(0))).contains("unit");
  }

  @Test
  void aRuleMayEndWhereItsGlobalFollowDoesNot() throws Exception {
    PackGrammar g = load();
    GrammarMatcher m = g.newMatcher();
    // After 日 a comma may start the weekday note; here it does not, and the date ends before it.
    TokenList tokens = m.lex("3月31日,全县");
    Attempt a = m.attempt(tokens, 0, tokens.size(), g.ruleIndex("date").orElseThrow(), 0);
    assertThat(a.match().map(x -> x.tree().getText())).contains("3月31日");
    TokenList withNote = m.lex("3月31日,星期4,全县");
    Attempt b = m.attempt(withNote, 0, withNote.size(), g.ruleIndex("date").orElseThrow(), 0);
    assertThat(b.match().map(x -> x.tree().getText())).contains("3月31日,星期4");
  }

  @Test
  void describesLabelsForTypeChecking() throws Exception {
    PackGrammar g = load();
    assertThat(g.labelInfo("progress", "done")).contains(new LabelInfo("done", false, java.util.Set.of("quantity"), false));
    assertThat(g.labelInfo("quantity", "unit")).contains(new LabelInfo("unit", false, java.util.Set.of(), true));
    assertThat(g.labelInfo("progress", "nope")).isEmpty();
    assertThat(g.labels("date")).containsExactlyInAnyOrder("m", "d", "note");
  }

  @Test
  void regionsBoundMatches() throws Exception {
    PackGrammar g = load();
    GrammarMatcher m = g.newMatcher();
    TokenList tokens = m.lex("截至3月20日莘县完成检测79.4万人次");
    int rule = g.ruleIndex("progress").orElseThrow();
    // A region that ends before the unit: the rule cannot complete inside it.
    Attempt a = m.attempt(tokens, 0, tokens.size() - 1, rule, 0);
    assertThat(a.matched()).isFalse();
    assertThat(a.failedAt()).isEqualTo(tokens.size() - 1);
    assertThat(a.expected()).contains("UNIT");
  }

  @Test
  void scanTakesLeftmostLongest() throws Exception {
    PackGrammar g = load();
    GrammarMatcher m = g.newMatcher();
    TokenList tokens = m.lex("共3例,另有518.3万人次和7人");
    int q = g.ruleIndex("quantity").orElseThrow();
    List<Match> all = m.scan(tokens, 0, tokens.size(), new int[] {q});
    assertThat(all).extracting(x -> x.tree().getText()).containsExactly("3例", "518.3万人次", "7人");
  }

  @Test
  void reportsGrammarErrorsAtFileLineColumn() throws Exception {
    Files.writeString(dir.resolve("Bad.g4"), "grammar Bad;\nr : '截至' undefinedRule ;\nX : 'x' ;\n");
    assertThatThrownBy(() -> GrammarLoader.load(dir, List.of(), p -> "grammar/" + p.getFileName()))
        .isInstanceOfSatisfying(
            PackException.class,
            e -> {
              Diagnostic d = e.diagnostics().get(0);
              assertThat(d.headline()).startsWith("grammar/Bad.g4:2:").contains("undefinedRule");
              // The caret sits under 'u': five ASCII columns and two wide characters before it.
              assertThat(d.render()).endsWith("\n     \u3000\u3000  ^").doesNotContain("Exception");
            });
  }

  @Test
  void reportsSyntaxErrorsAndUnknownLexicons() throws Exception {
    Files.writeString(dir.resolve("Bad.g4"), "grammar Bad;\nr : X ;\nX : LEX_ROLES ;\n");
    assertThatThrownBy(() -> GrammarLoader.load(dir, List.of(), p -> "grammar/" + p.getFileName()))
        .isInstanceOfSatisfying(
            PackException.class,
            e -> assertThat(e.diagnostics().get(0).headline())
                .isEqualTo("grammar/Bad.g4:3:5: error: unknown lexicon 'roles' (no lexicons/ file of that name)"));

    Files.writeString(dir.resolve("Bad.g4"), "grammar Bad;\nr : X \nX : 'x' ;\n");
    assertThatThrownBy(() -> GrammarLoader.load(dir, List.of(), p -> "grammar/" + p.getFileName()))
        .isInstanceOfSatisfying(
            PackException.class,
            e -> assertThat(e.diagnostics().get(0).headline()).startsWith("grammar/Bad.g4:3:"));
  }
}
