package io.baoxun.rule;

import io.baoxun.rule.ast.CheckClause;
import io.baoxun.rule.ast.Expr;
import io.baoxun.rule.ast.Pos;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Reads a check's message, {@code "{join(b.parts.value, ' + ')} = {sum(b.parts.value)}"}: literal
 * text, and expressions in braces parsed where they are written, so a mistake in one is reported
 * at its own column. {@code {{} and {@code }}} are braces in the text.
 */
final class TemplateParser {
  private TemplateParser() {}

  /**
   * @param raw the string token as written, quotes and escapes included
   * @param column the column of its opening quote
   */
  static CheckClause.Template parse(String raw, String file, int line, int column, Problems problems) {
    List<CheckClause.Piece> pieces = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int end = raw.length() - 1; // the closing quote
    int i = 1;
    while (i < end) {
      int c = raw.codePointAt(i);
      int col = column + raw.codePointCount(0, i);
      if (c == '\\' && i + 1 < end) {
        int e = raw.codePointAt(i + 1);
        switch (e) {
          case 'n' -> text.append('\n');
          case 't' -> text.append('\t');
          case '"', '\'', '\\' -> text.appendCodePoint(e);
          default -> problems.error(
              new Pos(file, line, col),
              "unknown escape '\\" + new String(Character.toChars(e)) + "' (a string knows \\\" \\' \\\\ \\n \\t)");
        }
        i += 1 + Character.charCount(e);
      } else if (c == '{' && i + 1 < end && raw.charAt(i + 1) == '{') {
        text.append('{');
        i += 2;
      } else if (c == '}' && i + 1 < end && raw.charAt(i + 1) == '}') {
        text.append('}');
        i += 2;
      } else if (c == '}') {
        problems.error(new Pos(file, line, col), "a '}' without its '{' (write }} for a brace in the text)");
        i++;
      } else if (c == '{') {
        int close = closing(raw, i + 1, end);
        if (close < 0) {
          problems.error(new Pos(file, line, col), "this '{' is not closed by a '}' (write {{ for a brace in the text)");
          return new CheckClause.Template(pieces);
        }
        if (text.length() > 0) {
          pieces.add(new CheckClause.Literal(text.toString()));
          text.setLength(0);
        }
        String hole = raw.substring(i + 1, close);
        if (hole.isBlank()) {
          problems.error(new Pos(file, line, col), "an empty {} in a message: put an expression inside");
        } else {
          Expr e = hole(hole, file, line, col + 1, problems);
          if (e != null) {
            pieces.add(new CheckClause.Hole(e));
          }
        }
        i = close + 1;
      } else {
        text.appendCodePoint(c);
        i += Character.charCount(c);
      }
    }
    if (text.length() > 0) {
      pieces.add(new CheckClause.Literal(text.toString()));
    }
    return new CheckClause.Template(pieces);
  }

  /** The index of the '}' closing a hole that starts at {@code from}, skipping quoted strings. */
  private static int closing(String raw, int from, int end) {
    char quote = 0;
    for (int i = from; i < end; i++) {
      char c = raw.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '}') {
        return i;
      }
    }
    return -1;
  }

  private static Expr hole(String text, String file, int line, int column, Problems problems) {
    RulesLexer lexer = new RulesLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    RulesParser parser = new RulesParser(new CommonTokenStream(lexer));
    parser.removeErrorListeners();
    parser.setErrorHandler(new SyntaxErrorStrategy());
    int before = problems.size();
    parser.addErrorListener(
        new BaseErrorListener() {
          @Override
          public void syntaxError(
              Recognizer<?, ?> r, Object offending, int l, int c, String msg, RecognitionException e) {
            if (problems.size() == before) {
              // The hole ends where its '}' is: that is what the author sees there.
              String said = msg.replace("found the end of the file", "found '}'");
              problems.error(new Pos(file, line, column + c), said + " (inside {…} of a message)");
            }
          }
        });
    RulesParser.ExprContext ctx = parser.expr();
    if (problems.size() == before && parser.getCurrentToken().getType() != Token.EOF) {
      Token t = parser.getCurrentToken();
      problems.error(
          new Pos(file, line, column + t.getCharPositionInLine()),
          "expected '}' but found " + SyntaxErrorStrategy.describe(t) + " (inside {…} of a message)");
    }
    return problems.size() > before ? null : AstBuilder.hole(ctx, file, problems, line, column);
  }
}
