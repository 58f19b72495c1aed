package io.baoxun.grammar;

import io.baoxun.text.Span;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * One match of a grammar rule in a text: the rule, the tokens it covers and its parse tree.
 *
 * @param from the first token of the match
 * @param to one past the last token
 */
public record Match(PackGrammar grammar, TokenList tokens, String rule, int from, int to, ParserRuleContext tree) {

  /** The span of the normalised text the match covers, in code points. */
  public Span span() {
    return tokens.span(from, to);
  }

  public int tokenCount() {
    return to - from;
  }

  /** The children labelled {@code label} in the matched rule. */
  public List<ParseTree> labeled(String label) {
    return grammar.labeled(tree, label);
  }

  /** The first child labelled {@code label}, if the match has one. */
  public Optional<ParseTree> label(String label) {
    List<ParseTree> l = labeled(label);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** The text span of any node of the tree. */
  public static Span spanOf(ParseTree node, TokenList tokens) {
    if (node instanceof TerminalNode t) {
      return new Span(t.getSymbol().getStartIndex(), t.getSymbol().getStopIndex() + 1);
    }
    ParserRuleContext c = (ParserRuleContext) node;
    return new Span(c.getStart().getStartIndex(), c.getStop().getStopIndex() + 1);
  }
}
