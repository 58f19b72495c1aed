package io.baoxun.grammar;

import java.util.Arrays;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.LexerInterpreter;

/** The pack grammar's lexer, interpreted, with DFA edges cached for Chinese characters too. */
final class PackLexer extends LexerInterpreter {
  PackLexer(PackGrammar g) {
    this(g, true);
  }

  /**
   * @param wideCache false gives ANTLR's own simulator, for the benchmark that measures what the
   *     wide-character cache buys
   */
  PackLexer(PackGrammar g, boolean wideCache) {
    super(
        g.fileName(),
        g.vocabulary(),
        Arrays.asList(g.lexerRuleNames()),
        Arrays.asList(g.channelNames()),
        Arrays.asList(g.modeNames()),
        g.lexerAtn(),
        CharStreams.fromString(""));
    if (wideCache) {
      setInterpreter(new WideCharLexerSimulator(this, g.lexerAtn(), _decisionToDFA));
    }
    removeErrorListeners();
  }

  void reset(CharStream input) {
    setInputStream(input);
  }
}
