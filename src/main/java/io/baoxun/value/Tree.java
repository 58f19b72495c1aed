package io.baoxun.value;

import io.baoxun.grammar.PackGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Reads an interpreted parse tree by rule names and element labels. */
final class Tree {
  private final PackGrammar grammar;

  Tree(PackGrammar grammar) {
    this.grammar = grammar;
  }

  String rule(ParserRuleContext ctx) {
    return grammar.ruleName(ctx.getRuleIndex());
  }

  boolean has(ParserRuleContext ctx, String label) {
    return !grammar.labeled(ctx, label).isEmpty();
  }

  /** The rule node under {@code label}. */
  Optional<ParserRuleContext> sub(ParserRuleContext ctx, String label) {
    for (ParseTree t : grammar.labeled(ctx, label)) {
      if (t instanceof ParserRuleContext r) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  List<ParserRuleContext> subs(ParserRuleContext ctx, String label) {
    List<ParserRuleContext> out = new ArrayList<>();
    for (ParseTree t : grammar.labeled(ctx, label)) {
      if (t instanceof ParserRuleContext r) {
        out.add(r);
      }
    }
    return out;
  }

  /** The text of what stands under {@code label} (a token or a rule), without hidden spaces. */
  Optional<String> text(ParserRuleContext ctx, String label) {
    List<ParseTree> l = grammar.labeled(ctx, label);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0).getText());
  }

  /** The first direct child that is a rule named {@code rule}. */
  Optional<ParserRuleContext> child(ParserRuleContext ctx, String rule) {
    if (ctx.children != null) {
      for (ParseTree t : ctx.children) {
        if (t instanceof ParserRuleContext r && rule(r).equals(rule)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }
}
