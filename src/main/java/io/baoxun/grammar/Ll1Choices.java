package io.baoxun.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.AbstractPredicateTransition;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.LL1Analyzer;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The decisions of a grammar that the next token settles, with the alternative each token takes:
 * what a generated ANTLR parser does with a {@code switch} on {@code LA(1)}, and what the
 * interpreter otherwise asks {@code adaptivePredict} at every decision of every attempt.
 *
 * <p>A decision qualifies when the tokens that can come first in its alternatives (ANTLR's LL(1)
 * analysis, following called rules to their ends and back) are disjoint. A token of one
 * alternative then takes that alternative: no configuration of another survives the token, so the
 * simulator could predict nothing else. Where an alternative can reach the end of the decision's
 * own rule without a token, what follows the rule counts too, and the simulator reads it from the
 * call stack or, failing that, from every place the rule is called: such a decision takes from
 * the table only the tokens that can follow the rule nowhere ({@link #followSets}). A token the
 * table leaves out goes to the simulator, which predicts or fails as it always did. A grammar with
 * predicates has no such decisions (the analysis sees through predicates).
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
    IntervalSet[] follow = followSets(atn, analyzer);
    for (int d = 0; d < table.length; d++) {
      DecisionState s = atn.getDecisionState(d);
      table[d] = choices(analyzer, s, follow[s.ruleIndex], atn.maxTokenType);
    }
    return new Ll1Choices(table);
  }

  private static int[] choices(LL1Analyzer analyzer, DecisionState s, IntervalSet follow, int maxTokenType) {
    int n = s.getNumberOfTransitions();
    if (n < 2) {
      return null;
    }
    IntervalSet[] first = new IntervalSet[n];
    IntervalSet seen = new IntervalSet();
    boolean canEnd = false;
    for (int i = 0; i < n; i++) {
      // No stop state and no context: reaching the end of the decision's rule gives EPSILON.
      first[i] = new IntervalSet(analyzer.LOOK(s.transition(i).target, null, null));
      if (first[i].contains(Token.EPSILON)) {
        canEnd = true;
        first[i].remove(Token.EPSILON);
      }
      if (!first[i].and(seen).isNil()) {
        return null;
      }
      seen.addAll(first[i]);
    }
    int[] alt = new int[maxTokenType + 2];
    for (int i = 0; i < n; i++) {
      for (int type : first[i].toArray()) {
        if (type < Token.EOF || type > maxTokenType) {
          return null;
        }
        // EOF after the rule's end is the end of the region, which the simulator handles itself.
        if (!canEnd || type != Token.EOF && !follow.contains(type)) {
          alt[type + 1] = i + 1;
        }
      }
    }
    return alt;
  }

  /**
   * Per rule: the tokens that can come after it wherever it is called, and after its callers
   * where a call can end theirs; a least fixed point over the calls.
   */
  private static IntervalSet[] followSets(ATN atn, LL1Analyzer analyzer) {
    int rules = atn.ruleToStartState.length;
    IntervalSet[] follow = new IntervalSet[rules];
    for (int r = 0; r < rules; r++) {
      follow[r] = new IntervalSet();
    }
    List<int[]> calls = new ArrayList<>(); // (callee, caller, index into after)
    List<IntervalSet> after = new ArrayList<>();
    for (ATNState state : atn.states) {
      if (state == null) {
        continue;
      }
      for (int i = 0; i < state.getNumberOfTransitions(); i++) {
        if (state.transition(i) instanceof RuleTransition rt) {
          calls.add(new int[] {rt.target.ruleIndex, state.ruleIndex, after.size()});
          after.add(analyzer.LOOK(rt.followState, null, null));
        }
      }
    }
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int[] call : calls) {
        IntervalSet next = new IntervalSet(follow[call[0]]);
        IntervalSet look = after.get(call[2]);
        next.addAll(look);
        if (look.contains(Token.EPSILON)) {
          next.addAll(follow[call[1]]);
        }
        next.remove(Token.EPSILON);
        if (!next.equals(follow[call[0]])) {
          follow[call[0]] = next;
          changed = true;
        }
      }
    }
    return follow;
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

  /** Whether the next token settles {@code decision}, for some tokens at least. */
  boolean settles(int decision) {
    return altByType[decision] != null;
  }
}
