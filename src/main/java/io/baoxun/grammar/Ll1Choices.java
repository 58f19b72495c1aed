package io.baoxun.grammar;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.AbstractPredicateTransition;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The decisions of a grammar that the next token settles, with the alternative each token takes:
 * what a generated ANTLR parser does with a {@code switch} on {@code LA(1)}, and what the
 * interpreter otherwise asks {@code adaptivePredict} at every decision of every attempt.
 *
 * <p>A decision qualifies when the tokens that can come first in each alternative (ANTLR's LL(1)
 * analysis, following called rules to their ends and back) are disjoint, and no alternative can
 * reach the end of the decision's own rule without a token: there the choice would depend on what
 * follows the rule, which the simulator reads from the call stack. For a token of one alternative,
 * the simulator's prediction can only be that alternative, since no configuration of another
 * survives the token; a token of none is left to the simulator, which fails as it always did. A
 * grammar with predicates has no such decisions (the analysis sees through predicates).
 *
 * <p>Immutable; one instance serves every matcher of a grammar.
 */
final class Ll1Choices {
  /** Per decision: by token type + 1 (EOF is -1), the alternative from 1, or 0; null when it does not qualify. */
  private final int[][] altByType;

  private Ll1Choices(int[][] altByType) {
    this.altByType = altByType;
  }

  static Ll1Choices of(ATN atn) {
    int[][] table = new int[atn.getNumberOfDecisions()][];
    if (hasPredicates(atn)) {
      return new Ll1Choices(table);
    }
    LL1Analyzer analyzer = new LL1Analyzer(atn);
    for (int d = 0; d < table.length; d++) {
      table[d] = choices(analyzer, atn.getDecisionState(d), atn.maxTokenType);
    }
    return new Ll1Choices(table);
  }

  private static int[] choices(LL1Analyzer analyzer, DecisionState s, int maxTokenType) {
    int n = s.getNumberOfTransitions();
    if (n < 2) {
      return null;
    }
    int[] alt = new int[maxTokenType + 2];
    IntervalSet seen = new IntervalSet();
    for (int i = 0; i < n; i++) {
      // No stop state and no context: reaching the end of the decision's rule gives EPSILON.
      IntervalSet first = analyzer.LOOK(s.transition(i).target, null, null);
      if (first.isNil() || first.contains(Token.EPSILON) || !first.and(seen).isNil()) {
        return null;
      }
      seen.addAll(first);
      for (int type : first.toArray()) {
        if (type < Token.EOF || type > maxTokenType) {
          return null;
        }
        alt[type + 1] = i + 1;
      }
    }
    return alt;
  }

  private static boolean hasPredicates(ATN atn) {
    for (ATNState state : atn.states) {
      if (state == null) {
        continue;
      }
      for (int i = 0; i < state.getNumberOfTransitions(); i++) {
        Transition t = state.transition(i);
        if (t instanceof AbstractPredicateTransition) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The alternative (from 1) that a next token of {@code type} takes at {@code decision}, or 0 when
   * the decision does not qualify or no alternative starts with the token.
   */
  int alt(int decision, int type) {
    int[] alt = altByType[decision];
    return alt == null || type + 1 < 0 || type + 1 >= alt.length ? 0 : alt[type + 1];
  }

  /** Whether the next token settles {@code decision}. */
  boolean settles(int decision) {
    return altByType[decision] != null;
  }
}
