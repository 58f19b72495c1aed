package io.baoxun.grammar;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
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
 * Chinese text is almost entirely such characters, so this class keeps the wide edges in a map per
 * DFA state. The DFA belongs to one lexer instance (one thread), so plain hash maps are enough.
 */
final class WideCharLexerSimulator extends LexerATNSimulator {
  // DFA states are canonical objects, so identity is the right key (their equals compares configs).
  private final Map<DFAState, Map<Integer, DFAState>> wideEdges = new IdentityHashMap<>();

  WideCharLexerSimulator(Lexer recog, ATN atn, DFA[] decisionToDFA) {
    super(recog, atn, decisionToDFA, new PredictionContextCache());
  }

  @Override
  protected DFAState getExistingTargetState(DFAState s, int t) {
    if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
      return super.getExistingTargetState(s, t);
    }
    Map<Integer, DFAState> edges = wideEdges.get(s);
    return edges == null ? null : edges.get(t);
  }

  @Override
  protected void addDFAEdge(DFAState p, int t, DFAState q) {
    if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
      super.addDFAEdge(p, t, q);
      return;
    }
    wideEdges.computeIfAbsent(p, k -> new HashMap<>()).put(t, q);
  }
}
