package io.baoxun.grammar;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.StarLoopEntryState;
import org.antlr.v4.runtime.atn.PlusBlockStartState;

/**
 * A guess, from the lexer alone, of how common each token type is in running text: the order in
 * which {@link RuleAnchors} tries to drop tokens from an anchor set. Only how much the anchors let
 * the engine skip depends on it, never what matches.
 *
 * <p>A token that many characters can start (HAN, OTHER) comes first, then one that repeats (a
 * run of digits or letters), the punctuation marks of Chinese text in the order of their frequency
 * (，。、 before （）), other single marks, a lexicon by the number of characters its entries start
 * with, a single Chinese character, and words last.
 */
final class CommonTokens {
  /** Marks as they stand after normalisation (full-width forms folded), most frequent first. */
  private static final String MARKS = ",。、“”:;()?!《》-.…—·%/\"'[]";

  private CommonTokens() {}

  /** The token types 1..max, the most common first. */
  static int[] mostCommonFirst(ATN lexerAtn, Vocabulary vocabulary) {
    int max = vocabulary.getMaxTokenType();
    Map<Integer, Long> score = new HashMap<>();
    for (int r = 0; r < lexerAtn.ruleToTokenType.length; r++) {
      int t = lexerAtn.ruleToTokenType[r];
      if (t >= 1 && t <= max) {
        score.merge(t, score(lexerAtn, r, vocabulary.getLiteralName(t)), Math::max);
      }
    }
    return IntStream.rangeClosed(1, max)
        .boxed()
        .sorted(Comparator.comparing((Integer t) -> -score.getOrDefault(t, 0L)).thenComparing(t -> t))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  private static long score(ATN lexerAtn, int rule, String literal) {
    if (literal != null) {
      String text = literal.substring(1, literal.length() - 1);
      if (text.codePointCount(0, text.length()) != 1) {
        return 1;
      }
      int c = text.codePointAt(0);
      int mark = MARKS.indexOf(c);
      if (mark >= 0) {
        return 100_000 - mark;
      }
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 10 : 50;
    }
    ATNState start = lexerAtn.ruleToStartState[rule];
    long firstChars = lexerAtn.nextTokens(start).size();
    return firstChars * (repeats(lexerAtn, rule) ? 1_000 : 1);
  }

  /** Whether the token's rule has a loop of its own ([0-9]+, [a-zA-Z]+). */
  private static boolean repeats(ATN lexerAtn, int rule) {
    for (ATNState s : lexerAtn.states) {
      if (s != null && s.ruleIndex == rule && (s instanceof StarLoopEntryState || s instanceof PlusBlockStartState)) {
        return true;
      }
    }
    return false;
  }
}
