package io.baoxun.grammar;

import io.baoxun.text.CodePoints;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfig;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerAction;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.LexerChannelAction;
import org.antlr.v4.runtime.atn.LexerSkipAction;
import org.antlr.v4.runtime.atn.LexerTypeAction;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * A lexer simulator that also caches DFA edges for characters above 127.
 *
 * <p>ANTLR's lexer keeps DFA edges in an array indexed by the character, and only for code points
 * 0..127; every other character goes back to the ATN simulation, which is some twenty times slower.
 * Chinese text is almost entirely such characters, so this class keeps the wide edges in one
 * open-addressing table keyed by (mode, DFA state, character): a lookup is a multiply, a shift and
 * a probe or two, with no boxing. The DFA belongs to one lexer instance (one thread), so the table
 * needs no locking.
 *
 * <p>{@link #scan} lexes a whole text off the same DFA in one loop, for grammars whose lexer has
 * no predicates and no actions but {@code skip}, {@code channel} and {@code type}: what ANTLR's
 * {@code Lexer.nextToken} does per token (a mark, fields reset, a token object with its line and
 * column) cost as much as the DFA walk itself, with about one token per Chinese character.
 */
public final class WideCharLexerSimulator extends LexerATNSimulator {
  private final EdgeTable wide = new EdgeTable();

  WideCharLexerSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA) {
    super(recog, atn, decisionToDFA, new PredictionContextCache());
  }

  /**
   * Gives {@code lexer} (a generated one, such as the rule files') a simulator of this kind with a
   * DFA of its own: a generated lexer's DFA is shared by all its instances and threads, and this
   * class's edge table is not thread-safe. The rule files' examples are mostly Chinese, which
   * ANTLR's own simulator worked out anew at every character.
   */
  public static void install(Lexer lexer) {
    ATN atn = lexer.getATN();
    DFA[] dfa = new DFA[atn.getNumberOfDecisions()];
    for (int i = 0; i < dfa.length; i++) {
      dfa[i] = new DFA(atn.getDecisionState(i), i);
    }
    lexer.setInterpreter(new WideCharLexerSimulator(lexer, atn, dfa));
  }

  @Override
  protected DFAState getExistingTargetState(DFAState s, int t) {
    if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
      return super.getExistingTargetState(s, t);
    }
    return wide.get(key(s, t));
  }

  @Override
  protected void addDFAEdge(DFAState p, int t, DFAState q) {
    if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
      super.addDFAEdge(p, t, q);
      return;
    }
    wide.put(key(p, t), q);
  }

  /**
   * Whether {@link #scan} lexes as {@link Lexer#nextToken} does: true when the lexer has no
   * predicates (whose outcome the DFA does not cache) and no actions but skip, channel and type
   * (so it never changes mode and each token's fate is its accept state's).
   */
  static boolean canScan(ATN atn) {
    for (ATNState s : atn.states) {
      for (int i = 0; s != null && i < s.getNumberOfTransitions(); i++) {
        int type = s.transition(i).getSerializationType();
        if (type == Transition.PREDICATE || type == Transition.PRECEDENCE) {
          return false;
        }
      }
    }
    for (LexerAction a : atn.lexerActions == null ? new LexerAction[0] : atn.lexerActions) {
      if (!(a instanceof LexerChannelAction || a instanceof LexerSkipAction || a instanceof LexerTypeAction)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lexes {@code text} in the default mode as {@link Lexer#nextToken} would, keeping the tokens on
   * the default channel, with no token objects made: longest match from each position, the
   * earlier rule on a tie (the DFA's accept state says which), and where nothing matches, what was
   * read and one more character are skipped, as {@code Lexer.recover} does. Only for a lexer that
   * {@link #canScan}.
   */
  TokenList scan(String text, Deadline deadline) {
    int[] cps = CodePoints.of(text);
    int n = cps.length;
    CharStream input = new CodePointArrayStream(cps, n); // read only where the DFA has no edge yet
    mode = Lexer.DEFAULT_MODE;
    DFAState s0 = startState(input);
    // A token holds at least one character, so n slots are enough.
    int[] types = new int[n];
    int[] starts = new int[n];
    int[] stops = new int[n];
    int size = 0;
    // The loop below is what C1, the launcher's compiler, makes of it: the edge lookups written
    // out here, not called, ran markedly faster than getExistingTargetState.
    long[] keys = wide.keys;
    DFAState[] values = wide.values;
    int i = 0;
    for (int walks = 0; i < n; walks++) {
      if ((walks & 0xFF) == 0) {
        deadline.check();
      }
      int start = i;
      DFAState s = s0;
      DFAState accepted = null;
      int end = -1;
      int j = i;
      while (true) {
        int t = j < n ? cps[j] : IntStream.EOF;
        DFAState target = null;
        if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
          DFAState[] edges = s.edges;
          target = edges == null ? null : edges[t - MIN_DFA_EDGE];
        } else {
          long key = ((long) s.stateNumber << 22) | (t & 0x3FFFFF); // key(s, t) in the default mode
          int mask = keys.length - 1;
          for (int k = EdgeTable.slot(key, mask); ; k = (k + 1) & mask) {
            long found = keys[k];
            if (found == key) {
              target = values[k];
              break;
            }
            if (found == EdgeTable.EMPTY) {
              break;
            }
          }
        }
        if (target == null) {
          startIndex = start;
          input.seek(j);
          target = computeTargetState(input, s, t);
          keys = wide.keys; // the table may have grown
          values = wide.values;
        }
        if (target == ERROR) {
          break;
        }
        if (t != IntStream.EOF) {
          j++;
        }
        if (target.isAcceptState) {
          accepted = target;
          end = j;
          int number = target.stateNumber;
          byte known = number < finalStates.length ? finalStates[number] : 0;
          if (t == IntStream.EOF || known == FINAL || known == 0 && isFinal(target)) {
            break;
          }
        }
        s = target;
      }
      if (accepted == null) {
        i = j < n ? j + 1 : j;
        continue;
      }
      i = end;
      int type = accepted.prediction;
      int channel = Token.DEFAULT_CHANNEL;
      if (accepted.lexerActionExecutor != null) {
        for (LexerAction a : accepted.lexerActionExecutor.getLexerActions()) {
          if (a instanceof LexerChannelAction c) {
            channel = c.getChannel();
          } else if (a instanceof LexerTypeAction ty) {
            type = ty.getType();
          } else if (a instanceof LexerSkipAction) {
            type = Lexer.SKIP;
          }
        }
      }
      if (type != Lexer.SKIP && channel == Token.DEFAULT_CHANNEL) {
        types[size] = type;
        starts[size] = start;
        stops[size] = end - 1;
        size++;
      }
    }
    return new TokenList(size, types, starts, stops, input);
  }

  /**
   * Whether no character leads on from {@code s}: all its configurations stand at the end of a
   * token rule, so its every edge is ERROR. The single Han character, about every other token, ends
   * in such a state; asking for its edge to the next character cost a table lookup per token.
   */
  private boolean isFinal(DFAState s) {
    int n = s.stateNumber;
    if (n >= finalStates.length) {
      finalStates = java.util.Arrays.copyOf(finalStates, Math.max(n + 1, 2 * finalStates.length));
    }
    if (finalStates[n] == 0) {
      boolean allStopped = true;
      for (ATNConfig c : s.configs) {
        allStopped &= c.state instanceof RuleStopState;
      }
      finalStates[n] = allStopped ? FINAL : NOT_FINAL;
    }
    return finalStates[n] == FINAL;
  }

  private static final byte FINAL = 1;
  private static final byte NOT_FINAL = 2;
  /** By DFA state number: 0 not yet known, {@link #FINAL} or {@link #NOT_FINAL}. */
  private byte[] finalStates = new byte[64];

  /** The default mode's start state, made as ANTLR's {@code matchATN} makes it on first use. */
  private DFAState startState(CharStream input) {
    DFA dfa = decisionToDFA[Lexer.DEFAULT_MODE];
    if (dfa.s0 == null) {
      dfa.s0 = addDFAState(computeStartState(input, atn.modeToStartState.get(Lexer.DEFAULT_MODE)));
    }
    return dfa.s0;
  }

  /**
   * A state's number is unique within the DFA of its mode, and the simulator works in one mode at
   * a time ({@code mode} is set before any edge of it is read or added). t is -1 (EOF) or a code
   * point, 21 bits.
   */
  private long key(DFAState s, int t) {
    return ((long) mode << 53) | ((long) s.stateNumber << 22) | (t & 0x3FFFFF);
  }

  /** long keys to DFA states, linear probing, grown at half full. */
  private static final class EdgeTable {
    static final long EMPTY = -1L;
    private long[] keys = newKeys(1024);
    private DFAState[] values = new DFAState[1024];
    private int size;

    private static long[] newKeys(int n) {
      long[] k = new long[n];
      java.util.Arrays.fill(k, EMPTY);
      return k;
    }

    DFAState get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == EMPTY) {
          return null;
        }
      }
    }

    void put(long key, DFAState value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        if (keys[i] == EMPTY) {
          keys[i] = key;
          values[i] = value;
          size++;
          return;
        }
        if (keys[i] == key) {
          values[i] = value;
          return;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      DFAState[] oldValues = values;
      keys = newKeys(oldKeys.length * 2);
      values = new DFAState[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != EMPTY) {
          put(oldKeys[i], oldValues[i]);
        }
      }
    }

    static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }
  }
}
