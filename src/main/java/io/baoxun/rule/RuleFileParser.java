package io.baoxun.rule;

import io.baoxun.rule.ast.RuleFile;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;

/**
 * Parses one rule file into its AST, or reports where it does not parse. Syntax problems go to
 * {@link Problems} at {@code file:line:column}; the AST is built only when there are none.
 */
final class RuleFileParser {
  private RuleFileParser() {}

  static Optional<RuleFile> parse(String file, String source, Problems problems) {
    problems.addSource(file, source);
    int before = problems.size();
    RulesLexer lexer = new RulesLexer(CharStreams.fromString(source, file));
    lexer.removeErrorListeners(); // the lexer cannot fail: BAD and UNTERMINATED catch the rest
    RulesParser parser = new RulesParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.setErrorHandler(new SyntaxErrorStrategy());
    parser.addErrorListener(
        new BaseErrorListener() {
          @Override
          public void syntaxError(
              Recognizer<?, ?> recognizer,
              Object offendingSymbol,
              int line,
              int charPositionInLine,
              String msg,
              RecognitionException e) {
            // Char streams count positions in code points, as diagnostics do.
            problems.error(new io.baoxun.rule.ast.Pos(file, line, charPositionInLine + 1), msg);
          }
        });
    RulesParser.FileContext tree = parser.file();
    if (problems.size() > before) {
      return Optional.empty();
    }
    AstBuilder builder = new AstBuilder(file, problems);
    RuleFile ast = builder.file(tree);
    return problems.size() > before ? Optional.empty() : Optional.of(ast);
  }
}
