package io.baoxun.grammar;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's parser simulator with the costs of failed and full-context predictions made small; every
 * prediction is the one ANTLR makes. One per parser, so per thread, like the DFA it reads.
 *
 * <p>Failures. Most attempts of a rule fail, and at each failure ANTLR asks which alternative had
 * already finished the rule: it copies the configurations of the last DFA state into two new sets
 * (those whose predicates hold and those whose do not) and scans them. Without predicates (an
 * interpreted grammar runs none) the answer depends on that DFA state alone, whose configurations
 * never change once it is in the DFA, so it is kept per state. The exception for a failed
 * prediction carries no stack trace.
 *
 * <p>Full context. Where the quick (SLL) prediction finds a conflict, ANTLR predicts again with the
 * whole rule-invocation stack, and keeps nothing of that work: the grammar's lists (tallies,
 * credits, names side by side) pay it at every attempt. Without predicates its outcome depends only
 * on the decision, the invocation stack and the token types it reads from the decision on, so the
 * outcome is kept in a trie of those token types, per decision and stack, and a later prediction
 * that reads the same types gets the same answer (or the same failure, at the same token).
 */
final class MatcherSimulator extends ParserATNSimulator {
  /** Trie nodes kept for full-context outcomes; past this the cache stops growing (memory stays bounded). */
  private static final int MAX_NODES = 100_000;

  // DFA states' configuration sets are fixed (read-only) once added; identity is the right key.
  private final Map<ATNConfigSet, Integer> finishedAlt = new IdentityHashMap<>();
  private final Map<StackKey, Node> fullContext = new HashMap<>();
  /** Whether the grammar has predicates; an outcome could then depend on more than tokens. */
  private final boolean predicates;
  private int nodes;
  /** Where the last failed prediction failed: the token it could not take. */
  private int failedAt = -1;

  MatcherSimulator(Parser parser, ATN atn, DFA[] decisionToDFA) {
    super(parser, atn, decisionToDFA, new PredictionContextCache());
    this.predicates = hasPredicates(atn);
  }

  private static boolean hasPredicates(ATN atn) {
    for (org.antlr.v4.runtime.atn.ATNState s : atn.states) {
      for (int i = 0; s != null && i < s.getNumberOfTransitions(); i++) {
        if (s.transition(i) instanceof org.antlr.v4.runtime.atn.AbstractPredicateTransition) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(
      ATNConfigSet configs, ParserRuleContext outerContext) {
    if (predicates || !configs.isReadonly() || configs.hasSemanticContext) {
      return super.getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(configs, outerContext);
    }
    // With no semantic context every configuration is "valid": ANTLR's answer is this one.
    // Not computeIfAbsent with a method reference: under C1 a capturing lambda is a native
    // allocation through a method handle, at every call.
    Integer alt = finishedAlt.get(configs);
    if (alt == null) {
      alt = getAltThatFinishedDecisionEntryRule(configs);
      finishedAlt.put(configs, alt);
    }
    return alt;
  }

  /**
   * Where the decision's DFA already holds the whole path to an accepting state, that state's
   * alternative, read straight off the region's token types; where it leads to a conflict that
   * needs full context, the trie's outcome for these tokens in this stack, when it has one;
   * anything else (no start state yet, a missing edge, a failure, predicates, EOF before an
   * answer) goes to ANTLR's own prediction. The walk is the one ANTLR's {@code execATN} makes over
   * cached states, without its interface calls per token, which C1 (the launcher's compiler)
   * leaves as calls.
   */
  @Override
  public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
    DFA dfa = decisionToDFA[decision];
    DFAState d = dfa.s0;
    if (!predicates && d != null && input instanceof RegionTokenStream region && !dfa.isPrecedenceDfa()) {
      int[] types = region.types();
      int end = region.end();
      for (int i = region.index(); ; i++) {
        int t = i < end ? types[i] : Token.EOF;
        DFAState[] edges = d.edges;
        if (edges == null || t + 1 >= edges.length) {
          break;
        }
        DFAState next = edges[t + 1];
        if (next != null && next.requiresFullContext && getPredictionMode() != PredictionMode.SLL) {
          // ANTLR would now compute the full-context start state (a closure over the whole
          // invocation stack) before execATNWithFullContext could answer from the trie.
          Outcome known = knownFullContext(decision, outerContext, input, region.index());
          if (known != null) {
            return known.replay(this, input, region.index(), outerContext);
          }
          break;
        }
        if (next == null || next == ERROR) {
          break;
        }
        if (next.isAcceptState) {
          if (next.predicates == null) {
            return next.prediction;
          }
          break;
        }
        if (t == Token.EOF) {
          break;
        }
        d = next;
      }
    }
    return super.adaptivePredict(input, decision, outerContext);
  }

  @Override
  protected NoViableAltException noViableAlt(
      TokenStream input, ParserRuleContext outerContext, ATNConfigSet configs, int startIndex) {
    failedAt = input.index();
    return new NoViableAlt(parser, input, input.get(startIndex), input.LT(1), configs, outerContext);
  }

  @Override
  protected int execATNWithFullContext(
      DFA dfa, DFAState d, ATNConfigSet s0, TokenStream input, int startIndex, ParserRuleContext outerContext) {
    if (predicates) {
      return super.execATNWithFullContext(dfa, d, s0, input, startIndex, outerContext);
    }
    Outcome known = knownFullContext(dfa.decision, outerContext, input, startIndex);
    if (known != null) {
      return known.replay(this, input, startIndex, outerContext);
    }
    StackKey key = new StackKey(dfa.decision, outerContext);
    failedAt = -1;
    int alt;
    try {
      alt = super.execATNWithFullContext(dfa, d, s0, input, startIndex, outerContext);
    } catch (NoViableAltException e) {
      remember(key, input, startIndex, failedAt, new Outcome(0, failedAt - startIndex));
      throw e;
    }
    // On success the input stands at the last token read, unless the prediction failed there and
    // ANTLR fell back to an alternative that had finished the rule (then it went back to the start).
    int last = failedAt >= startIndex ? failedAt : input.index();
    remember(key, input, startIndex, last, new Outcome(alt, -1));
    return alt;
  }

  /** The outcome a full-context prediction had on these tokens in this stack before; null if none. */
  private Outcome knownFullContext(int decision, ParserRuleContext outerContext, TokenStream input, int startIndex) {
    Node node = fullContext.get(new StackKey(decision, outerContext));
    for (int i = startIndex; node != null && node.outcome == null; i++) {
      node = node.next(input.get(i).getType());
    }
    return node == null ? null : node.outcome;
  }

  private void remember(StackKey key, TokenStream input, int startIndex, int last, Outcome outcome) {
    if (nodes >= MAX_NODES) {
      return;
    }
    Node node = fullContext.computeIfAbsent(key, k -> new Node());
    for (int i = startIndex; i <= last; i++) {
      if (node.outcome != null) {
        return; // cannot happen for a deterministic prediction; keep the first answer
      }
      node = node.child(input.get(i).getType(), this);
    }
    node.outcome = outcome;
  }

  /**
   * A full-context prediction's answer: an alternative, or a failure {@code offset} tokens after
   * the decision started.
   */
  private record Outcome(int alt, int offset) {
    int replay(MatcherSimulator sim, TokenStream input, int startIndex, ParserRuleContext outerContext) {
      if (alt != 0) {
        return alt;
      }
      input.seek(startIndex + offset);
      NoViableAltException e = sim.noViableAlt(input, outerContext, null, startIndex);
      input.seek(startIndex);
      throw e;
    }
  }

  /** A trie node over the token types read by a prediction. */
  private static final class Node {
    Outcome outcome;
    private int[] types = new int[0];
    private Node[] children = new Node[0];

    Node next(int type) {
      for (int i = 0; i < types.length; i++) {
        if (types[i] == type) {
          return children[i];
        }
      }
      return null;
    }

    Node child(int type, MatcherSimulator owner) {
      Node n = next(type);
      if (n == null) {
        n = new Node();
        types = Arrays.copyOf(types, types.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        types[types.length - 1] = type;
        children[children.length - 1] = n;
        owner.nodes++;
      }
      return n;
    }
  }

  /** A decision and the invocation stack it is predicted in (the invoking states, innermost first). */
  private static final class StackKey {
    private final int decision;
    private final int[] states;
    private final int hash;

    StackKey(int decision, RuleContext context) {
      int depth = 0;
      for (RuleContext c = context; c != null; c = c.parent) {
        depth++;
      }
      this.decision = decision;
      this.states = new int[depth];
      int i = 0;
      for (RuleContext c = context; c != null; c = c.parent) {
        states[i++] = c.invokingState;
      }
      this.hash = 31 * decision + Arrays.hashCode(states);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StackKey k && k.decision == decision && Arrays.equals(k.states, states);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private static final class NoViableAlt extends NoViableAltException {
    NoViableAlt(
        Parser recognizer,
        TokenStream input,
        Token startToken,
        Token offendingToken,
        ATNConfigSet deadEndConfigs,
        ParserRuleContext ctx) {
      super(recognizer, input, startToken, offendingToken, deadEndConfigs, ctx);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
