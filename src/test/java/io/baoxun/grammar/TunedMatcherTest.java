package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.Rule;
import io.baoxun.text.NormalizedText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The matcher baoxun runs (anchors, the simulator that keeps failed and full-context predictions,
 * the quiet error strategy, the wide-character lexer cache) finds what ANTLR's own lexer and parser
 * find, and fails where they fail with the same expectation, on a real page and the built-in pack.
 */
class TunedMatcherTest {
  @Test
  void sameAttemptsAsAntlrOnASeedPage() throws Exception {
    Pack pack = PackLoader.load(Path.of("."));
    PackGrammar g = pack.grammar();
    int[] rules = pack.rules().stream().map(Rule::grammarRule).distinct().mapToInt(n -> g.ruleIndex(n).orElseThrow()).toArray();
    String page = Files.readString(Path.of("seeds/001_2835fb41578f269b.txt"), StandardCharsets.UTF_8);
    // The first quarter of the page: it has datelines, credits, officials, case reports and
    // values, and the stock simulator is slow enough that the whole page would take seconds.
    String text = NormalizedText.of(page.substring(0, page.length() / 4)).text();

    GrammarMatcher stock = new GrammarMatcher(g, false);
    GrammarMatcher tuned = g.newMatcher();
    TokenList tokens = stock.lex(text);
    TokenList tunedTokens = tuned.lex(text);
    assertThat(tunedTokens.size()).isEqualTo(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(tunedTokens.get(i).getType()).isEqualTo(tokens.get(i).getType());
      assertThat(tunedTokens.get(i).getStartIndex()).isEqualTo(tokens.get(i).getStartIndex());
    }

    StartFilter filter = g.startFilter(rules);
    int matches = 0;
    int skipped = 0;
    // Regions as the engine has them are paragraphs; lines are close enough and need no segmenter.
    int from = 0;
    while (from < tokens.size()) {
      int to = from;
      int line = tokens.get(from).getLine();
      while (to < tokens.size() && tokens.get(to).getLine() == line) {
        to++;
      }
      StartFilter.Starts starts = filter.starts(tokens, from, to, true);
      for (int i = from; i < to; i++) {
        for (int r : rules) {
          if (!stock.canStart(tokens, r, i)) {
            continue;
          }
          Attempt want = stock.attempt(tokens, from, to, r, i);
          Attempt traced = tuned.attempt(tokens, from, to, r, i);
          String where = g.ruleName(r) + " at token " + i;
          assertThat(traced.matched()).as(where).isEqualTo(want.matched());
          assertThat(traced.failedAt()).as(where).isEqualTo(want.failedAt());
          assertThat(traced.expected()).as(where).isEqualTo(want.expected());
          if (!starts.possible(r, i)) {
            assertThat(want.matched()).as(where + ", skipped by the anchors").isFalse();
            skipped++;
            continue;
          }
          Attempt fast = tuned.attempt(tokens, from, to, r, i, starts);
          assertThat(fast.matched()).as(where).isEqualTo(want.matched());
          if (want.matched()) {
            matches++;
            assertThat(fast.match().orElseThrow().span()).as(where).isEqualTo(want.match().orElseThrow().span());
            assertThat(fast.match().orElseThrow().tree().toStringTree())
                .as(where)
                .isEqualTo(want.match().orElseThrow().tree().toStringTree());
          }
        }
      }
      from = to;
    }
    // The page has matches to compare, and the anchors skip most attempts.
    assertThat(matches).isGreaterThan(40);
    assertThat(skipped).isGreaterThan(3000);
  }
}
