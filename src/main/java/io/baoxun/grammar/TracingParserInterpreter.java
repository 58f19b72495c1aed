package io.baoxun.grammar;

import java.util.ArrayList;
import org.antlr.v4.runtime.InterpreterRuleContext;
import org.antlr.v4.runtime.ParserInterpreter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.atn.AtomTransition;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.RuleStartState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.EpsilonTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A parser interpreter whose tree remembers where in the grammar each token was matched.
 *
 * <p>Interpreted trees have no generated label fields. Rule nodes already carry their invoking
 * state; this class gives token leaves the state too, so that {@link PackGrammar} can tell which
 * element label ({@code date=time}, {@code done=NUMBER}) a child stands for.
 */
final class TracingParserInterpreter extends ParserInterpreter {
  private int currentState;

  private final boolean tuned;
  /** The decisions the next token settles, or null to ask the simulator at every decision. */
  private final Ll1Choices choices;

  /**
   * @param choices the grammar's {@link Ll1Choices}, for the tuned matcher; null keeps ANTLR's own
   *     simulator and its prediction at every decision (tests and benchmarks compare the two)
   */
  TracingParserInterpreter(
      String grammarFileName, Vocabulary vocabulary, String[] ruleNames, ATN atn, TokenStream input, Ll1Choices choices) {
    super(grammarFileName, vocabulary, java.util.Arrays.asList(ruleNames), atn, input);
    this.tuned = choices != null;
    this.choices = choices;
    if (tuned) {
      setInterpreter(new MatcherSimulator(this, atn, decisionToDFA));
    }
    this.passOn = tuned ? passOn(atn) : null;
    this.loop = tuned && Loop.applies(atn) ? new Loop(atn) : null;
  }

  /**
   * A decision the next token settles takes its alternative from the table, as a generated parser
   * would; any other decision, and a token the table leaves out, goes to the simulator. (The error
   * strategy's sync, which the interpreter calls first, does nothing with {@link BailQuietly}.)
   */
  @Override
  protected int visitDecisionState(DecisionState p) {
    if (choices != null && p.getNumberOfTransitions() > 1) {
      int alt = choices.alt(p.decision, _input.LA(1));
      if (alt > 0) {
        return alt;
      }
    }
    return super.visitDecisionState(p);
  }

  /**
   * Points the parser at the region of the next attempt. ANTLR's {@code setTokenStream} resets the
   * whole parser, which showed as a tenth of matching; with {@link BailQuietly} an attempt leaves
   * nothing a parse reads (no error recovery state, no syntax error count, no precedence stack in
   * a grammar without left recursion), and {@code parse} sets up its own context, so pointing the
   * parser at the new stream is enough.
   */
  void attemptOn(TokenStream input) {
    if (!tuned || getATN().ruleToStartState.length > 0 && hasLeftRecursion()) {
      setTokenStream(input);
      return;
    }
    _input = input;
    _ctx = null;
  }

  private Boolean leftRecursion;

  private boolean hasLeftRecursion() {
    if (leftRecursion == null) {
      leftRecursion = java.util.Arrays.stream(getATN().ruleToStartState).anyMatch(s -> s.isLeftRecursiveRule);
    }
    return leftRecursion;
  }

  @Override
  protected void visitState(ATNState p) {
    currentState = p.stateNumber;
    if (loop == null) {
      super.visitState(p);
    } else {
      step(p);
    }
    if (passOn != null) {
      int next = passOn[getState()];
      if (next >= 0) {
        setState(next);
      }
    }
  }

  /**
   * ANTLR's parse loop for a grammar with no left recursion, predicates or actions (a pack's),
   * over arrays: ANTLR's looks each state up in a list, asks its type through a virtual call and
   * its transition through another list, a tenth of all the time matching took under C1. The
   * steps are ANTLR's, in ANTLR's order.
   */
  @Override
  public ParserRuleContext parse(int startRuleIndex) {
    if (loop == null) {
      return super.parse(startRuleIndex);
    }
    RuleStartState start = atn.ruleToStartState[startRuleIndex];
    rootContext = createInterpreterRuleContext(null, ATNState.INVALID_STATE_NUMBER, startRuleIndex);
    enterRule(rootContext, start.stateNumber, startRuleIndex);
    while (true) {
      ATNState p = loop.states[getState()];
      if (loop.ruleStop[p.stateNumber]) {
        if (_ctx.isEmpty()) {
          exitRule();
          return rootContext;
        }
        exitRule();
        RuleTransition call = (RuleTransition) loop.transitions[getState()][0];
        setState(call.followState.stateNumber);
        continue;
      }
      try {
        visitState(p);
      } catch (RecognitionException e) {
        setState(atn.ruleToStopState[p.ruleIndex].stateNumber);
        getContext().exception = e;
        getErrorHandler().reportError(this, e);
        recover(e);
      }
    }
  }

  /** ANTLR's visitState for the transitions such a grammar has. */
  private void step(ATNState p) {
    int alt = loop.decision[p.stateNumber] ? visitDecisionState((DecisionState) p) : 1;
    int kind = loop.kinds[p.stateNumber][alt - 1];
    if (kind == Transition.EPSILON) {
      setState(loop.targets[p.stateNumber][alt - 1]);
      return;
    }
    if (kind == Transition.ATOM) {
      matchToken(loop.atoms[p.stateNumber][alt - 1]);
      setState(loop.targets[p.stateNumber][alt - 1]);
      return;
    }
    Transition t = loop.transitions[p.stateNumber][alt - 1];
    switch (kind) {
      case Transition.RANGE:
      case Transition.SET:
      case Transition.NOT_SET:
        if (!t.matches(_input.LA(1), Token.MIN_USER_TOKEN_TYPE, 65535)) {
          recoverInline();
        }
        matchWildcard();
        break;
      case Transition.WILDCARD:
        matchWildcard();
        break;
      case Transition.RULE:
        int ruleIndex = t.target.ruleIndex;
        enterRule(createInterpreterRuleContext(_ctx, p.stateNumber, ruleIndex), t.target.stateNumber, ruleIndex);
        break;
      default:
        throw new UnsupportedOperationException("transition type " + t.getSerializationType());
    }
    setState(t.target.stateNumber);
  }

  /**
   * {@code Parser.match} for a parse that builds a tree and has no listeners, no error recovery
   * (the error strategy gives up at once) and no EOF to match: the token is read once, not four
   * times through interface calls, and the strategy's bookkeeping of a recovery that never
   * happens is left out. A token that does not fit goes to ANTLR's own path, which gives up.
   */
  private void matchToken(int type) {
    Token t = _input.LT(1);
    if (type == Token.EOF || t.getType() != type) {
      match(type);
      return;
    }
    _input.consume();
    _ctx.addChild(createTerminalNode(_ctx, t));
  }

  /** The ATN as arrays by state number, for {@link #parse}; null where ANTLR's own loop is needed. */
  private final Loop loop;

  private static final class Loop {
    final ATNState[] states;
    final Transition[][] transitions;
    /**
     * Per state, per transition: its serialization type, target state and (for an atom) token
     * type. Asking a transition these is a megamorphic call, where reading an array is not.
     */
    final int[][] kinds;
    final int[][] targets;
    final int[][] atoms;
    final boolean[] ruleStop;
    final boolean[] decision;

    Loop(ATN atn) {
      int n = atn.states.size();
      states = new ATNState[n];
      transitions = new Transition[n][];
      kinds = new int[n][];
      targets = new int[n][];
      atoms = new int[n][];
      ruleStop = new boolean[n];
      decision = new boolean[n];
      for (int i = 0; i < n; i++) {
        ATNState s = atn.states.get(i);
        if (s == null) {
          continue;
        }
        states[i] = s;
        transitions[i] = s.getTransitions();
        int m = transitions[i].length;
        kinds[i] = new int[m];
        targets[i] = new int[m];
        atoms[i] = new int[m];
        for (int j = 0; j < m; j++) {
          Transition t = transitions[i][j];
          kinds[i][j] = t.getSerializationType();
          targets[i][j] = t.target.stateNumber;
          atoms[i][j] = t instanceof AtomTransition a ? a.label : Token.INVALID_TYPE;
        }
        ruleStop[i] = s.getStateType() == ATNState.RULE_STOP;
        decision[i] = s instanceof DecisionState;
      }
    }

    /** No left recursion (precedence), predicates or actions: what {@link #step} leaves out. */
    static boolean applies(ATN atn) {
      for (RuleStartState start : atn.ruleToStartState) {
        if (start.isLeftRecursiveRule) {
          return false;
        }
      }
      for (ATNState s : atn.states) {
        for (int i = 0; s != null && i < s.getNumberOfTransitions(); i++) {
          switch (s.transition(i).getSerializationType()) {
            case Transition.PREDICATE, Transition.ACTION, Transition.PRECEDENCE:
              return false;
            default:
              break;
          }
        }
      }
      return true;
    }
  }

  /**
   * By state number: for a state the parse only passes through (one plain epsilon transition, no
   * decision, not a rule's end), the first state after it that is not one; -1 for any other state.
   * Block ends, loop ends and rule starts are such states, and each cost the interpreter a turn of
   * its loop. Nothing is read or built there: the next tokens expected from such a state are those
   * of the state it leads to, so an error says the same.
   */
  private final int[] passOn;

  private static int[] passOn(ATN atn) {
    int[] out = new int[atn.states.size()];
    for (int i = 0; i < out.length; i++) {
      ATNState s = atn.states.get(i);
      int steps = 0;
      while (passesThrough(s) && steps++ < out.length) {
        s = s.transition(0).target;
      }
      out[i] = s == null || s.stateNumber == i ? -1 : s.stateNumber;
    }
    return out;
  }

  private static boolean passesThrough(ATNState s) {
    return s != null
        && !(s instanceof RuleStopState)
        && s.getNumberOfTransitions() == 1
        && s.transition(0).getSerializationType() == Transition.EPSILON
        && ((EpsilonTransition) s.transition(0)).outermostPrecedenceReturn() == -1;
  }

  @Override
  public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
    return new StateTerminalNode(t, currentState);
  }

  @Override
  protected InterpreterRuleContext createInterpreterRuleContext(ParserRuleContext parent, int invokingStateNumber, int ruleIndex) {
    return new SmallRuleContext(parent, invokingStateNumber, ruleIndex);
  }

  /**
   * A rule node whose list of children starts small. ANTLR's starts at ten, and most nodes of a
   * match hold one to three: the spare slots were a tenth of all the bytes matching allocated.
   */
  private static final class SmallRuleContext extends InterpreterRuleContext {
    SmallRuleContext(ParserRuleContext parent, int invokingStateNumber, int ruleIndex) {
      super(parent, invokingStateNumber, ruleIndex);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
      if (children == null) {
        children = new ArrayList<>(2);
      }
      return super.addAnyChild(t);
    }
  }
}
