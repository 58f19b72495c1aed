package io.baoxun.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.LexerInterpreter;
import org.antlr.v4.runtime.Token;

/** The pack grammar's lexer, interpreted, with DFA edges cached for Chinese characters too. */
final class PackLexer extends LexerInterpreter {
  /** Lexes a whole text off the DFA; null when the grammar needs ANTLR's own loop. */
  private final WideCharLexerSimulator scanner;

  PackLexer(PackGrammar g) {
    this(g, true);
  }

  /**
   * @param tuned false gives ANTLR's own simulator and token loop, for the tests and benchmarks
   *     that compare them with baoxun's
   */
  PackLexer(PackGrammar g, boolean tuned) {
    super(
        g.fileName(),
        g.vocabulary(),
        Arrays.asList(g.lexerRuleNames()),
        Arrays.asList(g.channelNames()),
        Arrays.asList(g.modeNames()),
        g.lexerAtn(),
        CharStreams.fromString(""));
    WideCharLexerSimulator wide = null;
    if (tuned) {
      wide = new WideCharLexerSimulator(this, g.lexerAtn(), _decisionToDFA);
      setInterpreter(wide);
    }
    this.scanner = wide != null && WideCharLexerSimulator.canScan(g.lexerAtn()) ? wide : null;
    removeErrorListeners();
  }

  /** Lexes a normalised text; tokens off the default channel are left out. */
  TokenList lex(String text, Deadline deadline) {
    if (scanner != null) {
      return scanner.scan(text, deadline);
    }
    setInputStream(CharStreams.fromString(text));
    List<Token> out = new ArrayList<>();
    for (Token t = nextToken(); t.getType() != Token.EOF; t = nextToken()) {
      deadline.check();
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        ((CommonToken) t).setTokenIndex(out.size());
        out.add(t);
      }
    }
    return new TokenList(out);
  }
}
