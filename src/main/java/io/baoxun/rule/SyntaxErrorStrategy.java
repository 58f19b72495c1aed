package io.baoxun.rule;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery, with messages in the rule author's words: {@code expected '}' but found
 * 'emit'} rather than {@code mismatched input 'emit' expecting '}'}. Groups of tokens are named by
 * what they start (a declaration, a rule clause, an expression).
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
  private static final int[] DECLARATION = {RulesParser.TYPE, RulesParser.RECORD, RulesParser.RULE, RulesParser.CHECK};
  private static final int[] CLAUSE = {
    RulesParser.SUMMARY, RulesParser.MATCH, RulesParser.PRIORITY, RulesParser.WHEN,
    RulesParser.SPAN, RulesParser.EMIT, RulesParser.EXAMPLE
  };
  private static final int[] CHECK_CLAUSE = {
    RulesParser.SUMMARY, RulesParser.SEVERITY, RulesParser.FOR, RulesParser.SAME, RulesParser.ORDER,
    RulesParser.WHEN, RulesParser.REQUIRE, RulesParser.MESSAGE, RulesParser.JAVA, RulesParser.EXAMPLE
  };
  private static final int[] EXPRESSION = {
    RulesParser.LABEL, RulesParser.WHOLE, RulesParser.STRING, RulesParser.NUMBER, RulesParser.NULL,
    RulesParser.LBRACK, RulesParser.LPAREN
  };
  /** Operators that could continue an expression: true but never what the author meant. */
  private static final int[] CONTINUATION = {
    RulesParser.DOT, RulesParser.AS, RulesParser.COALESCE, RulesParser.EQ, RulesParser.NE,
    RulesParser.LT, RulesParser.LE, RulesParser.GT, RulesParser.GE, RulesParser.AND, RulesParser.OR,
    RulesParser.PLUS, RulesParser.STAR, RulesParser.SLASH, RulesParser.PERCENT
  };

  @Override
  protected void reportNoViableAlternative(Parser p, NoViableAltException e) {
    report(p, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportInputMismatch(Parser p, InputMismatchException e) {
    report(p, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportFailedPredicate(Parser p, FailedPredicateException e) {
    report(p, e.getOffendingToken(), e.getExpectedTokens(), e);
  }

  @Override
  protected void reportUnwantedToken(Parser p) {
    if (!inErrorRecoveryMode(p)) {
      beginErrorCondition(p);
      report(p, p.getCurrentToken(), getExpectedTokens(p), null);
    }
  }

  @Override
  protected void reportMissingToken(Parser p) {
    if (!inErrorRecoveryMode(p)) {
      beginErrorCondition(p);
      report(p, p.getCurrentToken(), getExpectedTokens(p), null);
    }
  }

  private void report(Parser p, Token found, IntervalSet expected, RecognitionException e) {
    p.notifyErrorListeners(found, message(found, expected, nameOfId(p)), e);
  }

  /** What a name is where the error happened: a field name in a type, a record or an emit block. */
  private static String nameOfId(Parser p) {
    for (org.antlr.v4.runtime.RuleContext c = p.getContext(); c != null; c = c.parent) {
      if (c instanceof RulesParser.TypeDeclContext
          || c instanceof RulesParser.RecordDeclContext
          || c instanceof RulesParser.EmitFieldsClauseContext
          || c instanceof RulesParser.ExampleClauseContext
          || c instanceof RulesParser.CheckExampleContext) {
        return "a field name";
      }
      if (c instanceof RulesParser.ExprContext
          || c instanceof RulesParser.ClauseContext
          || c instanceof RulesParser.CheckClauseContext) {
        return "a name";
      }
    }
    return "a name";
  }

  static String message(Token found, IntervalSet expected, String idName) {
    if (found.getType() == RulesParser.UNTERMINATED) {
      return "this string is not closed before the end of the line";
    }
    if (found.getType() == RulesParser.BAD) {
      String c = found.getText();
      return c.equals("$")
          ? "unexpected '$': a label is written $name, the whole match $$"
          : "unexpected character '" + c + "'" + (c.codePointAt(0) > 0x7F ? " (text is written in double quotes)" : "");
    }
    return "expected " + describe(expected, idName) + " but found " + describe(found);
  }

  static String describe(Token t) {
    return switch (t.getType()) {
      case Token.EOF -> "the end of the file";
      case RulesParser.STRING -> "the string " + shorten(t.getText());
      case RulesParser.NUMBER -> "the number " + t.getText();
      default -> "'" + t.getText() + "'";
    };
  }

  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 14 ? s : s.substring(0, s.offsetByCodePoints(0, 12)) + "…\"";
  }

  static String describe(IntervalSet expected, String idName) {
    IntervalSet rest = new IntervalSet(expected);
    List<String> parts = new ArrayList<>();
    if (containsAll(rest, DECLARATION)) {
      parts.add("a declaration (type, record, rule or check)");
      remove(rest, DECLARATION);
      rest.remove(RulesParser.NESTED);
    }
    if (containsAll(rest, CLAUSE)) {
      parts.add("a rule clause (summary, match, priority, when, span, emit, example or not)");
      remove(rest, CLAUSE);
      rest.remove(RulesParser.NOT);
    }
    if (containsAll(rest, CHECK_CLAUSE)) {
      parts.add("a check clause (summary, severity, for, same, order by, when, require, message, java, example or not)");
      remove(rest, CHECK_CLAUSE);
      rest.remove(RulesParser.NOT);
    }
    if (containsAll(rest, EXPRESSION)) {
      parts.add("an expression");
      remove(rest, EXPRESSION);
      rest.remove(RulesParser.ID);
      rest.remove(RulesParser.MINUS);
      rest.remove(RulesParser.NOT);
    }
    IntervalSet withoutOperators = new IntervalSet(rest);
    remove(withoutOperators, CONTINUATION);
    if (!withoutOperators.isNil() || !parts.isEmpty()) {
      rest = withoutOperators;
    }
    // Tokens written as themselves first ('}'), then the words for kinds of token (a name).
    List<String> words = new ArrayList<>();
    for (int t : rest.toList()) {
      String n = t == RulesParser.ID ? idName : name(t);
      (n.startsWith("'") ? parts : words).add(n);
    }
    parts.addAll(words);
    if (parts.isEmpty()) {
      return "something else";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }

  private static String name(int type) {
    return switch (type) {
      case Token.EOF -> "the end of the file";
      case RulesParser.ID -> "a name";
      case RulesParser.STRING -> "a string";
      case RulesParser.NUMBER -> "a number";
      case RulesParser.LABEL -> "a $label";
      default -> RulesParser.VOCABULARY.getDisplayName(type);
    };
  }

  private static boolean containsAll(IntervalSet s, int[] types) {
    for (int t : types) {
      if (!s.contains(t)) {
        return false;
      }
    }
    return true;
  }

  private static void remove(IntervalSet s, int[] types) {
    for (int t : types) {
      s.remove(t);
    }
  }
}
