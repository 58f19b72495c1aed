package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan loop ({@link WideCharLexerSimulator#scan}) against ANTLR's own {@code nextToken} loop, on
 * grammars with the lexer commands it takes and with text no token matches.
 */
class LexerScanTest {
  /**
   * skip, channel and type commands, keywords inside a longer token, and no catch-all: x alone
   * matches nothing, and ANTLR then skips the x and the character after it.
   */
  private static final String COMMANDS =
      """
      grammar Commands;
      r : .+ ;
      NUM : [0-9]+ ('.' [0-9]+)? ;
      PCT : '%' ;
      WAN : '万' ;
      WANREN : '万人' ;
      HAN : [\\u4E00-\\u9FFF] ;
      WS : [ \\t\\n]+ -> channel(HIDDEN) ;
      COMMENT : '#' ~[\\n]* -> skip ;
      RENAMED : '@' -> type(PCT) ;
      XY : 'xy' ;
      """;

  /** {@code more} joins tokens: the scan loop leaves such a lexer to ANTLR. */
  private static final String MORE =
      """
      grammar More;
      r : .+ ;
      QUOTE : '"' -> more ;
      A : 'a' ;
      ANY : . ;
      """;

  private static final String ALPHABET = "0123456789.%万人口全市 \t\n#@\"a\uD83D\uDE00中xy";

  private static PackGrammar load(String name, String text) throws Exception {
    Path dir = Files.createTempDirectory("scan");
    Path file = Files.writeString(dir.resolve(name + ".g4"), text);
    try {
      return GrammarLoader.load(dir, List.of(), p -> p.getFileName().toString());
    } finally {
      Files.delete(file);
      Files.delete(dir);
    }
  }

  @Test
  void scanFindsWhatAntlrsLoopFinds() throws Exception {
    PackGrammar g = load("Commands", COMMANDS);
    assertThat(WideCharLexerSimulator.canScan(g.lexerAtn())).isTrue();
    PackLexer scan = new PackLexer(g, true);
    PackLexer antlr = new PackLexer(g, false);
    Random random = new Random(7);
    for (int n = 0; n < 2000; n++) {
      String text = randomText(random, random.nextInt(40));
      assertSameTokens(text, scan.lex(text, Deadline.NONE), antlr.lex(text, Deadline.NONE));
    }
  }

  @Test
  void scanKeepsTheLongestMatchAndDropsSkippedAndHiddenTokens() throws Exception {
    PackGrammar g = load("Commands", COMMANDS);
    TokenList t = new PackLexer(g, true).lex("3.5万人 #note\n@xy全x全市", Deadline.NONE);
    // The comment and the spaces are gone; the x that starts no xy is skipped with the character
    // after it, as ANTLR's Lexer.recover skips.
    assertThat(t.size()).isEqualTo(6);
    assertThat(t.type(0)).isEqualTo(g.tokenType("NUM"));
    assertThat(t.type(1)).isEqualTo(g.tokenType("WANREN"));
    assertThat(t.type(2)).isEqualTo(g.tokenType("PCT"));
    assertThat(t.type(3)).isEqualTo(g.tokenType("XY"));
    assertThat(t.get(1).getText()).isEqualTo("万人");
    assertThat(t.get(4).getStartIndex()).isEqualTo(15);
    assertThat(t.get(5).getText()).isEqualTo("市");
    assertThat(t.get(5).getTokenIndex()).isEqualTo(5);
  }

  @Test
  void aLexerWithOtherCommandsGoesThroughAntlrsLoop() throws Exception {
    PackGrammar g = load("More", MORE);
    assertThat(WideCharLexerSimulator.canScan(g.lexerAtn())).isFalse();
    TokenList t = new PackLexer(g, true).lex("x\"a", Deadline.NONE);
    // "a is one token: more kept the quote for the next one.
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.get(1).getText()).isEqualTo("\"a");
  }

  private static void assertSameTokens(String text, TokenList got, TokenList want) {
    assertThat(got.size()).as("tokens of «%s»", text).isEqualTo(want.size());
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.type(i)).as("type of token %s of «%s»", i, text).isEqualTo(want.type(i));
      assertThat(got.start(i)).as("start of token %s of «%s»", i, text).isEqualTo(want.start(i));
      assertThat(got.stop(i)).as("stop of token %s of «%s»", i, text).isEqualTo(want.stop(i));
      assertThat(got.get(i).getText()).isEqualTo(want.get(i).getText());
      assertThat(got.get(i).getTokenIndex()).isEqualTo(i);
    }
  }

  private static String randomText(Random random, int length) {
    int[] cps = ALPHABET.codePoints().toArray();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.appendCodePoint(cps[random.nextInt(cps.length)]);
    }
    return b.toString();
  }
}
