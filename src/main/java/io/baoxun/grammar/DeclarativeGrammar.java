package io.baoxun.grammar;

import io.baoxun.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.antlr.runtime.tree.Tree;
import org.antlr.v4.parse.ANTLRParser;
import org.antlr.v4.tool.ast.GrammarAST;

/**
 * What a pack's grammar may not say, because a pack is declarative and reads only its own files:
 *
 * <ul>
 *   <li>no code: actions ({@code {...}}), predicates ({@code {...}?}), named actions ({@code
 *       @members}), rule arguments, return values, locals and exception handlers are Java that
 *       ANTLR's generated parsers would run; a pack's grammar is interpreted and never runs them,
 *       so an author who wrote one would be misled. Conditions go in a rule's {@code when};
 *   <li>no other files: {@code import} names only a grammar of the pack's own folder (ANTLR would
 *       otherwise look in the working folder too), and {@code tokenVocab}, which reads a
 *       {@code .tokens} file from anywhere a path leads, is refused.
 * </ul>
 *
 * Lexer commands ({@code -> skip}, {@code -> channel(HIDDEN)}, modes) are declarative and stay.
 */
final class DeclarativeGrammar {
  /** Far deeper than a grammar needs (the built-in one nests 3 deep); ANTLR's tool recurses per level. */
  static final int MAX_NESTING = 50;

  private DeclarativeGrammar() {}

  /**
   * Where a grammar's text nests brackets or braces more than {@link #MAX_NESTING} deep, which
   * ANTLR's own parser, recursing once per level, would answer with a stack overflow. Read before
   * ANTLR reads the file: comments, literals and character sets are skipped as ANTLR skips them.
   */
  static java.util.Optional<Diagnostic> tooDeep(String text, String file) {
    int depth = 0;
    int line = 1;
    int column = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        while (i + 1 < n && text.charAt(i + 1) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        for (int k = i; k < stop; k++) {
          if (text.charAt(k) == '\n') {
            line++;
            column = 0;
          }
          column++;
        }
        i = stop - 1;
        continue;
      }
      if (c == '\'' || c == '[') {
        char close = c == '[' ? ']' : '\'';
        int k = i + 1;
        while (k < n && text.charAt(k) != close && text.charAt(k) != '\n') {
          k += text.charAt(k) == '\\' ? 2 : 1;
        }
        column += Math.min(k, n - 1) - i + 1;
        i = Math.min(k, n - 1);
        continue;
      }
      if (c == '(' || c == '{') {
        depth++;
        if (depth > MAX_NESTING) {
          return java.util.Optional.of(Diagnostic.error(file, line, column,
              "nested more than " + MAX_NESTING + " deep; no grammar needs that many brackets"));
        }
      } else if (c == ')' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * The problems of one grammar file.
   *
   * @param grammars the names of the grammars in the pack's folder ({@code Values} for Values.g4)
   */
  static List<Diagnostic> check(GrammarAST root, String file, List<String> lines, Set<String> grammars) {
    List<Diagnostic> out = new ArrayList<>();
    walk(root, file, lines, grammars, out);
    return out;
  }

  private static void walk(Tree t, String file, List<String> lines, Set<String> grammars, List<Diagnostic> out) {
    switch (t.getType()) {
      case ANTLRParser.ACTION, ANTLRParser.SEMPRED, ANTLRParser.AT, ANTLRParser.ARG_ACTION, ANTLRParser.RETURNS,
          ANTLRParser.LOCALS, ANTLRParser.THROWS, ANTLRParser.CATCH, ANTLRParser.FINALLY -> {
        out.add(at(t, file, lines, what(t) + " is code, and a pack's grammar runs no code; "
            + "say a condition in a rule's `when` instead"));
        return;
      }
      case ANTLRParser.IMPORT -> {
        for (int i = 0; i < t.getChildCount(); i++) {
          Tree imp = t.getChild(i);
          // import A;  or  import x=A;
          Tree name = imp.getType() == ANTLRParser.ASSIGN ? imp.getChild(1) : imp;
          if (!grammars.contains(name.getText())) {
            out.add(at(name, file, lines, "imports " + name.getText() + ", which is no grammar of this pack ("
                + name.getText() + ".g4 is not in its grammar folder); a pack reads only its own files"));
          }
        }
        return;
      }
      case ANTLRParser.OPTIONS -> {
        for (int i = 0; i < t.getChildCount(); i++) {
          Tree option = t.getChild(i);
          if (option.getType() == ANTLRParser.ASSIGN && option.getChild(0).getText().equals("tokenVocab")) {
            out.add(at(option.getChild(0), file, lines,
                "tokenVocab reads a .tokens file from outside the grammar; a pack's tokens are the ones its grammar defines"));
          }
        }
        return;
      }
      default -> {
        for (int i = 0; i < t.getChildCount(); i++) {
          walk(t.getChild(i), file, lines, grammars, out);
        }
      }
    }
  }

  private static String what(Tree t) {
    return switch (t.getType()) {
      case ANTLRParser.SEMPRED -> "a predicate {...}?";
      // @members {...}, @parser::header {...}: the name stands just before the action.
      case ANTLRParser.AT -> "a named action @" + (t.getChildCount() >= 2 ? t.getChild(t.getChildCount() - 2).getText() : "");
      case ANTLRParser.ARG_ACTION -> "a rule argument [...]";
      case ANTLRParser.RETURNS -> "returns [...]";
      case ANTLRParser.LOCALS -> "locals [...]";
      case ANTLRParser.THROWS -> "throws";
      case ANTLRParser.CATCH -> "a catch block";
      case ANTLRParser.FINALLY -> "a finally block";
      default -> "an action {...}";
    };
  }

  private static Diagnostic at(Tree t, String file, List<String> lines, String message) {
    int line = Math.max(t.getLine(), 0);
    int column = line > 0 ? t.getCharPositionInLine() + 1 : 0;
    Diagnostic d = Diagnostic.error(file, line, column, message);
    return line > 0 && line <= lines.size() ? d.withSourceLine(lines.get(line - 1)) : d;
  }
}
