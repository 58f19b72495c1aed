package io.baoxun.rule;

import io.baoxun.rule.ast.RuleFile;
import io.baoxun.rule.ast.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import io.baoxun.grammar.WideCharLexerSimulator;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Parses one rule file into its AST, or reports where it does not parse. Syntax problems go to
 * {@link Problems} at {@code file:line:column}; the AST is built only when there are none.
 */
final class RuleFileParser {
  /** Deeper than any rule needs (the built-in pack's deepest is 4), shallow enough for any stack. */
  static final int MAX_NESTING = 50;

  /** Operators in one declaration: the built-in pack's busiest rule has 100. */
  static final int MAX_OPERATORS = 500;

  private RuleFileParser() {}

  static Optional<RuleFile> parse(String file, String source, Problems problems) {
    problems.addSource(file, source);
    int before = problems.size();
    RulesLexer lexer = new RulesLexer(CharStreams.fromString(source, file));
    WideCharLexerSimulator.install(lexer);
    lexer.removeErrorListeners(); // the lexer cannot fail: BAD and UNTERMINATED catch the rest
    List<Token> tokens = new ArrayList<>(lexer.getAllTokens());
    // The parser and everything that walks its trees recurse once per level of nesting and once
    // per operator of a chain: bounded here, before any of them runs.
    if (!withinBounds(file, tokens, problems)) {
      return Optional.empty();
    }
    List<Pos> errors = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    RulesParser.FileContext tree = parse(tokens, errors, messages);
    if (!errors.isEmpty()) {
      // Recovery after a first error often reports the same mistake again in other words; parse
      // each declaration on its own instead and report its first error.
      for (List<Token> decl : declarations(tokens)) {
        List<Pos> e = new ArrayList<>();
        List<String> m = new ArrayList<>();
        parse(decl, e, m);
        if (!e.isEmpty()) {
          problems.error(e.get(0).withFile(file), m.get(0));
        }
      }
      if (problems.size() == before) {
        problems.error(errors.get(0).withFile(file), messages.get(0));
      }
      return Optional.empty();
    }
    AstBuilder builder = new AstBuilder(file, problems);
    RuleFile ast = builder.file(tree);
    return problems.size() > before ? Optional.empty() : Optional.of(ast);
  }

  private static boolean withinBounds(String file, List<Token> tokens, Problems problems) {
    boolean ok = true;
    int depth = 0;
    int operators = 0;
    boolean reported = false;
    for (Token t : tokens) {
      if (startsDeclaration(t)) {
        depth = 0;
        operators = 0;
        reported = false;
      }
      if (reported) {
        continue;
      }
      switch (t.getType()) {
        // < and > nest types (list<list<person>>) but compare too: they count as operators.
        case RulesLexer.LPAREN, RulesLexer.LBRACK, RulesLexer.LBRACE -> depth++;
        case RulesLexer.RPAREN, RulesLexer.RBRACK, RulesLexer.RBRACE -> depth = Math.max(0, depth - 1);
        default -> { }
      }
      if (isOperator(t.getType())) {
        operators++;
      }
      String problem = null;
      if (depth > MAX_NESTING) {
        problem = "nested more than " + MAX_NESTING + " deep; no rule needs that many brackets";
      } else if (operators > MAX_OPERATORS) {
        problem = "more than " + MAX_OPERATORS + " operators in one declaration; split it into smaller rules or checks";
      }
      if (problem != null) {
        problems.error(new Pos(file, t.getLine(), t.getCharPositionInLine() + 1), problem);
        reported = true;
        ok = false;
      }
    }
    return ok;
  }

  private static boolean isOperator(int type) {
    return switch (type) {
      case RulesLexer.COALESCE, RulesLexer.NOT, RulesLexer.AND, RulesLexer.OR, RulesLexer.PLUS, RulesLexer.MINUS,
          RulesLexer.STAR, RulesLexer.SLASH, RulesLexer.EQ, RulesLexer.NE, RulesLexer.LE, RulesLexer.GE,
          RulesLexer.LT, RulesLexer.GT, RulesLexer.DOT, RulesLexer.AS, RulesLexer.PIPE, RulesLexer.COMMA -> true;
      default -> false;
    };
  }

  private static boolean startsDeclaration(Token t) {
    return t.getCharPositionInLine() == 0
        && (t.getType() == RulesLexer.TYPE
            || t.getType() == RulesLexer.RECORD
            || t.getType() == RulesLexer.NESTED
            || t.getType() == RulesLexer.RULE
            || t.getType() == RulesLexer.CHECK);
  }

  private static RulesParser.FileContext parse(List<Token> tokens, List<Pos> errors, List<String> messages) {
    RulesParser parser = new RulesParser(new CommonTokenStream(new ListTokenSource(tokens)));
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
            errors.add(new Pos("", line, charPositionInLine + 1));
            messages.add(msg);
          }
        });
    return parser.file();
  }

  /**
   * The tokens of each declaration: a new one starts at a declaration keyword in the first column
   * (where declarations are written), whatever the braces before it say.
   */
  private static List<List<Token>> declarations(List<Token> tokens) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : tokens) {
      if (startsDeclaration(t) && !current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(t);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
