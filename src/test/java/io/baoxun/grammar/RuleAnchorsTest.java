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

      NAME : '接种率' | '完成比例' ;
      STATUS : '新增' | '现有' ;
      KIND : '例' ;
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
    RuleAnchors.Anchor in = grammar().anchors(rule("within")).stream()
        .filter(a -> a.anchors().get(zhong))
        .findFirst()
        .orElseThrow();
    BitSet comma = new BitSet();
    comma.set(grammar().tokenType("','"));
    assertThat(in.next()).containsEntry(zhong, comma);
    // A rule may end right after 接种率's number and '%', so nothing is required after a '%'.
    assertThat(setOf("rate", "'%'").orElseThrow().next()).isEmpty();
  }

  @Test
  void anAnchorAMatchCannotStartWithNamesWhatCanPrecedeIt() throws Exception {
    int zhong = grammar().tokenType("'中'");
    RuleAnchors.Anchor in = grammar().anchors(rule("within")).stream()
        .filter(a -> a.anchors().get(zhong))
        .findFirst()
        .orElseThrow();
    BitSet kind = new BitSet();
    kind.set(grammar().tokenType("KIND"));
    assertThat(in.prev()).containsEntry(zhong, kind);
    // Back through an optional comma and out of the called rule's end: its number or its kind.
    int qizhong = grammar().tokenType("'其中'");
    RuleAnchors.Anchor parts = grammar().anchors(rule("parts")).stream()
        .filter(a -> a.anchors().get(qizhong))
        .findFirst()
        .orElseThrow();
    BitSet before = new BitSet();
    before.set(grammar().tokenType("','"));
    before.set(grammar().tokenType("KIND"));
    before.set(grammar().tokenType("NUMBER"));
    assertThat(parts.prev()).containsEntry(qizhong, before);
  }

  @Test
  void anAnchorCountsForEarlierStartsOnlyAfterWhatCanPrecedeIt() throws Exception {
    GrammarMatcher m = grammar().newMatcher();
    int within = rule("within");
    StartFilter filter = grammar().startFilter(new int[] {within});
    // 防控中, : the 中 follows a character, not a case count, so no token before it starts a try.
    TokenList text = m.lex("全市3例防控中,全市5");
    StartFilter.Starts starts = filter.starts(text, 0, text.size(), true);
    for (int i = 0; i < text.size(); i++) {
      assertThat(starts.possible(within, i)).as("token %d", i).isFalse();
    }
    TokenList counted = m.lex("全市3例中,全市5");
    assertThat(filter.starts(counted, 0, counted.size(), true).possible(within, 0)).isTrue();
  }

  @Test
  void anAnchorCountsOnlyWithWhatMustFollowIt() throws Exception {
    GrammarMatcher m = grammar().newMatcher();
    int within = rule("within");
    StartFilter filter = grammar().startFilter(new int[] {within});
    TokenList notFollowed = m.lex("全市3例中国5");
    StartFilter.Starts none = filter.starts(notFollowed, 0, notFollowed.size(), true);
    for (int i = 0; i < notFollowed.size(); i++) {
      assertThat(none.possible(within, i)).as("token %d", i).isFalse();
    }
    TokenList followed = m.lex("全市3例中,全市5");
    assertThat(filter.starts(followed, 0, followed.size(), true).possible(within, 0)).isTrue();
    // The same text cut before the comma: the region ends where a comma must come.
    assertThat(filter.starts(followed, 0, 5, true).possible(within, 0)).isFalse();
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
    return Arbitraries.of("全", "市", "接种率", "完成比例", "达", "95.6", "3", "%", "新增", "现有", "例", "中", "其中", ",", "。", " ")
        .list()
        .ofMaxSize(24)
        .map(parts -> String.join("", parts));
  }

  /** Soundness: wherever the parser finds a match, the filter let it try (also for retries). */
  @Property(tries = 1000)
  void neverSkipsAMatch(@ForAll("texts") String text) throws Exception {
    GrammarMatcher plain = new GrammarMatcher(grammar(), false);
    TokenList tokens = plain.lex(text);
    int[] rules = {rule("rate"), rule("headline"), rule("items"), rule("within"), rule("parts")};
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
