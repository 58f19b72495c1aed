package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code hanChar} must accept every token made of Han characters, or a rule that wants "any Chinese
 * text" silently stops at the first 年 or 上午.
 */
class HanCharTest {
  @Test
  void everyHanLiteralIsAHanChar() {
    PackGrammar g = TestPack.grammar();
    GrammarMatcher m = g.newMatcher();
    int rule = g.ruleIndex("hanChar").orElseThrow();
    List<String> missing = new ArrayList<>();
    for (int type = 1; ; type++) {
      String name = g.tokenName(type);
      if (name == null || name.matches("\\d+")) {
        break;
      }
      if (!name.startsWith("'")) {
        continue;
      }
      String literal = name.substring(1, name.length() - 1);
      if (literal.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        continue;
      }
      TokenList tokens = m.lex(literal);
      if (tokens.size() != 1 || m.attempt(tokens, 0, 1, rule, 0).match().map(Match::tokenCount).orElse(0) != 1) {
        missing.add(literal);
      }
    }
    assertThat(missing).as("Han literals missing from hanChar").isEmpty();
  }

  @Test
  void anyChineseTextIsHanCharsToTheEnd() {
    PackGrammar g = TestPack.grammar();
    GrammarMatcher m = g.newMatcher();
    TokenList tokens = m.lex("今年上午十分重要的一线人次第一时间");
    int rule = g.ruleIndex("hanChar").orElseThrow();
    for (int i = 0; i < tokens.size(); i++) {
      assertThat(m.attempt(tokens, 0, tokens.size(), rule, i).matched()).as("token %s", tokens.get(i).getText()).isTrue();
    }
  }
}
