package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The anchors of a rule and the start filter built on them: what they skip, and that they never skip a match. */
class RuleAnchorsTest {
  private static final String GRAMMAR =
      """
      grammar Mini;

      rate : HAN*? name=NAME '达'? value=NUMBER '%' ;
      headline : HAN+ STATUS HAN*? NUMBER KIND ;
      items : item ( ',' item )* ;
      item : HAN+ NUMBER ;
      within : HAN*? NUMBER KIND '中' ',' HAN+ NUMBER ;
      parts : HAN*? count ','? '其中' HAN+ NUMBER ;
      count : NUMBER KIND? ;
      official : HAN*? title HAN HAN ;
      title : HAN? TITLE ;

      NAME : '接种率' | '完成比例' ;
      STATUS : '新增' | '现有' ;
      KIND : '例' ;
      TITLE : '书记' | '主任' ;
      NUMBER : [0-9]+ ('.' [0-9]+)? ;
      HAN : [\\p{Script=Han}] ;
      WS : [ \\n]+ -> channel(HIDDEN) ;
      OTHER : . ;
      """;

  /** Loaded once: jqwik properties and JUnit tests share it (it is immutable). */
  private static PackGrammar grammar;

  private static synchronized PackGrammar grammar() throws Exception {
    if (grammar == null) {
      Path dir = Files.createTempDirectory("anchors");
      Path file = Files.writeString(dir.resolve("Mini.g4"), GRAMMAR);
      grammar = GrammarLoader.load(dir, List.of(), p -> p.getFileName().toString());
      Files.delete(file);
      Files.delete(dir);
    }
    return grammar;
  }

  private static int rule(String name) throws Exception {
    return grammar().ruleIndex(name).orElseThrow();
  }

  private static Optional<RuleAnchors.Anchor> setOf(String rule, String... tokens) throws Exception {
    BitSet want = new BitSet();
    for (String t : tokens) {
      want.set(grammar().tokenType(t));
    }
    return grammar().anchors(rule(rule)).stream().filter(a -> a.anchors().equals(want)).findFirst();
  }

  /** The anchor set of {@code rule} that holds {@code token}. */
  private static RuleAnchors.Anchor anchorHolding(String rule, String token) throws Exception {
    int t = grammar().tokenType(token);
    return grammar().anchors(rule(rule)).stream().filter(a -> a.anchors().get(t)).findFirst().orElseThrow();
  }

  /** The tokens of {@code text} where the filter lets {@code rule} start (the whole text one region). */
  private static List<Integer> startsIn(String rule, String text) throws Exception {
    TokenList tokens = grammar().newMatcher().lex(text);
    int r = rule(rule);
    StartFilter.Starts starts = grammar().startFilter(new int[] {r}).starts(tokens, 0, tokens.size(), true);
    List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (starts.possible(r, i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static BitSet tokens(String... names) throws Exception {
    BitSet out = new BitSet();
    for (String n : names) {
      out.set(grammar().tokenType(n));
    }
    return out;
  }

  @Test
  void aRateNeedsItsNameWithOnlyCharactersBeforeIt() throws Exception {
    RuleAnchors.Anchor name = setOf("rate", "NAME").orElseThrow();
    assertThat(name.before().get(grammar().tokenType("HAN"))).isTrue();
    assertThat(name.before().get(grammar().tokenType("NUMBER"))).isFalse();
    assertThat(setOf("rate", "'%'")).isPresent();
  }

  @Test
  void eachThingARuleNeedsIsASetOfItsOwn() throws Exception {
    assertThat(setOf("headline", "STATUS")).isPresent();
    assertThat(setOf("headline", "KIND")).isPresent();
  }

  @Test
  void aRuleThatNeedsNothingButCharactersHasNoUsefulAnchor() throws Exception {
    // Every match of items is characters and a number: the number is all there is to anchor on.
    assertThat(grammar().anchors(rule("items")))
        .allSatisfy(a -> assertThat(a.anchors().get(grammar().tokenType("','"))).isFalse());
  }

  @Test
  void theFilterSkipsTokensWithNoAnchorAhead() throws Exception {
    GrammarMatcher m = grammar().newMatcher();
    TokenList tokens = m.lex("全市接种率达95.6%。全市完成检测");
    int rate = rule("rate");
    StartFilter.Starts starts = grammar().startFilter(new int[] {rate}).starts(tokens, 0, tokens.size(), true);
    // 全 市 接种率 | 达 95.6 % 。 全 市 完 成 检 测: a rate starts at a character or a name, and
    // after the full stop no name follows.
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(starts.possible(rate, i)).as("token %d", i).isEqualTo(i <= 2);
    }
  }

  @Test
  void anAnchorAMatchCannotEndAtNamesWhatMustFollowIt() throws Exception {
    int zhong = grammar().tokenType("'中'");
    assertThat(anchorHolding("within", "'中'").next()).containsEntry(zhong, tokens("','"));
    // A rule may end right after 接种率's number and '%', so nothing is required after a '%'.
    assertThat(setOf("rate", "'%'").orElseThrow().next()).isEmpty();
  }

  @Test
  void anAnchorAMatchCannotStartWithNamesWhatCanPrecedeIt() throws Exception {
    int zhong = grammar().tokenType("'中'");
    assertThat(anchorHolding("within", "'中'").prev()).containsEntry(zhong, tokens("KIND"));
    // Back through an optional comma and out of the called rule's end: its number or its kind.
    int qizhong = grammar().tokenType("'其中'");
    assertThat(anchorHolding("parts", "'其中'").prev()).containsEntry(qizhong, tokens("','", "KIND", "NUMBER"));
  }

  @Test
  void anAnchorEndingASubRuleNeedsWhatCanFollowThatRuleInTheMatch() throws Exception {
    // TITLE ends title; in official a name follows, so a HAN must come after it.
    int title = grammar().tokenType("TITLE");
    assertThat(anchorHolding("official", "TITLE").next()).containsEntry(title, tokens("HAN"));
    assertThat(startsIn("official", "市委书记,全市")).isEmpty();
    assertThat(startsIn("official", "市委书记李平")).contains(0);
  }

  @Test
  void anAnchorCountsForEarlierStartsOnlyAfterWhatCanPrecedeIt() throws Exception {
    // 防控中, : the 中 follows a character, not a case count, so no token before it starts a try.
    assertThat(startsIn("within", "全市3例防控中,全市5")).isEmpty();
    assertThat(startsIn("within", "全市3例中,全市5")).contains(0);
  }

  @Test
  void aTokenThatCanOnlyStandRightBeforeAnAnchorIsNotFar() throws Exception {
    RuleAnchors.Anchor qizhong = anchorHolding("parts", "'其中'");
    assertThat(qizhong.before()).isEqualTo(tokens("HAN", "NUMBER", "KIND", "','"));
    // The comma of count ','? '其中' stands only right before 其中.
    assertThat(qizhong.far()).isEqualTo(tokens("HAN", "NUMBER", "KIND"));
  }

  @Test
  void aTokenOnlyAnAnchorsNeighbourCanBeDoesNotCarryReachFurtherBack() throws Exception {
    // 全 市 3 例 , 全 市 5 例 , 其中 全 市 5: the first comma is two tokens or more before 其中, so
    // a match starting before it cannot reach 其中; the clause after it can.
    assertThat(startsIn("parts", "全市3例,全市5例,其中全市5")).containsExactly(5, 6, 7);
  }

  @Test
  void anAnchorCountsOnlyWithWhatMustFollowIt() throws Exception {
    assertThat(startsIn("within", "全市3例中国5")).isEmpty();
    assertThat(startsIn("within", "全市3例中,全市5")).contains(0);
    // The same text cut before the comma: the region ends where a comma must come.
    int within = rule("within");
    StartFilter filter = grammar().startFilter(new int[] {within});
    TokenList followed = grammar().newMatcher().lex("全市3例中,全市5");
    assertThat(filter.starts(followed, 0, 5, true).possible(within, 0)).isFalse();
  }

  @Test
  void aRetryCutRightAfterAnAnchorThatNeedsATokenNextIsSkipped() throws Exception {
    int within = rule("within");
    TokenList tokens = grammar().newMatcher().lex("全市3例中,全市5");
    StartFilter.Starts starts = grammar().startFilter(new int[] {within}).starts(tokens, 0, tokens.size(), true);
    assertThat(starts.possible(within, 0, tokens.size())).isTrue();
    // A retry on 全 市 3 例 中: its 中 has no room for the comma it needs.
    assertThat(starts.possible(within, 0, 5)).isFalse();
  }

  @Test
  void withoutAnchorsEveryTokenOfTheFirstSetQualifies() throws Exception {
    GrammarMatcher m = grammar().newMatcher();
    TokenList tokens = m.lex("全市完成检测");
    int rate = rule("rate");
    StartFilter.Starts starts = grammar().startFilter(new int[] {rate}).starts(tokens, 0, tokens.size(), false);
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(starts.possible(rate, i)).isTrue();
    }
    StartFilter.Starts anchored = grammar().startFilter(new int[] {rate}).starts(tokens, 0, tokens.size(), true);
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(anchored.possible(rate, i)).isFalse();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of("全", "市", "接种率", "完成比例", "达", "95.6", "3", "%", "新增", "现有", "例", "中", "其中", "书记", ",", "。", " ")
        .list()
        .ofMaxSize(24)
        .map(parts -> String.join("", parts));
  }

  /** Soundness: wherever the parser finds a match, the filter let it try (also for retries). */
  @Property(tries = 1000)
  void neverSkipsAMatch(@ForAll("texts") String text) throws Exception {
    GrammarMatcher plain = new GrammarMatcher(grammar(), false);
    TokenList tokens = plain.lex(text);
    int[] rules = {rule("rate"), rule("headline"), rule("items"), rule("within"), rule("parts"), rule("official")};
    StartFilter filter = grammar().startFilter(rules);
    for (int to = 1; to <= tokens.size(); to++) {
      StartFilter.Starts starts = filter.starts(tokens, 0, tokens.size(), true);
      for (int r : rules) {
        for (int i = 0; i < to; i++) {
          if (plain.canStart(tokens, r, i) && plain.attempt(tokens, 0, to, r, i).matched()) {
            assertThat(starts.possible(r, i, to)).as("%s at %d of %s", grammar().ruleName(r), i, text).isTrue();
          }
        }
      }
    }
  }
}
