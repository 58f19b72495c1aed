package io.baoxun.grammar;

import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
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
 */
final class WideCharLexerSimulator extends LexerATNSimulator {
  private final EdgeTable wide = new EdgeTable();

  WideCharLexerSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA) {
    super(recog, atn, decisionToDFA, new PredictionContextCache());
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
   * A state's number is unique within the DFA of its mode, and the simulator works in one mode at
   * a time ({@code mode} is set before any edge of it is read or added). t is -1 (EOF) or a code
   * point, 21 bits.
   */
  private long key(DFAState s, int t) {
    return ((long) mode << 53) | ((long) s.stateNumber << 22) | (t & 0x3FFFFF);
  }

  /** long keys to DFA states, linear probing, grown at half full. */
  private static final class EdgeTable {
    private static final long EMPTY = -1L;
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

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & mask;
    }
  }
}
