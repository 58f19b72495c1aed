package io.baoxun.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Decides, for a fixed list of parser rules, at which tokens of a region each rule can start a
 * match at all, so that the parser runs only there. A token qualifies when the rule can start with
 * it (its FIRST set) and, for each of the rule's {@link RuleAnchors anchor sets}, an anchor follows
 * in the region with nothing between that could not stand before one.
 *
 * <p>One backward pass over the region does it for every rule at once: each (rule, anchor set)
 * pair is one bit. A match starting at a token finds its first anchor there ({@code anchor(t)}),
 * right after it, or further on. An anchor counts for a match that starts before it only when the
 * token before it can precede it ({@link RuleAnchors.Anchor#prev}): that gives {@code adjacent}.
 * The token right before the anchor must be one that can stand before an anchor at all ({@link
 * RuleAnchors.Anchor#before}), every token further back one that can stand there with a token
 * between ({@link RuleAnchors.Anchor#far}), so {@code gap(t) = before(t) & adjacentNext | far(t) &
 * gapNext} and a start qualifies where {@code anchor(t) | gap(t)} holds every pair of its rule. A
 * full stop right before 其中 thus carries {@code breakdown}'s reach over that one token, not back
 * through the sentences before it. Immutable; each pass makes its own result, so one filter serves
 * any number of threads.
 *
 * <p>A rule's first anchor set has the pair number of the rule's slot, its others numbers after
 * all slots. The first word(s) of the pairs that hold at a token are then, bit for bit, the rules
 * whose first anchor set holds there: one AND per word answers every rule with one anchor set,
 * and only the few with more are tested one by one. The tables are flat arrays read through
 * locals, since the client compiler the launcher runs keeps neither a field nor a row of a nested
 * array in a register, and this pass runs at every token of the corpus.
 */
public final class StartFilter {
  private final int[] slotOfRule;
  private final int pairWords;
  private final int ruleWords;
  /** How many token types the tables have rows for. */
  private final int types;
  /** Per token type, per word: the bits of the pairs whose anchor set holds it. */
  private final long[] anchorBits;
  /** Per token type, per word: the bits of the pairs whose before-set holds it. */
  private final long[] beforeBits;
  /** Per token type, per word: the bits of the pairs whose far set ({@link RuleAnchors.Anchor#far}) holds it. */
  private final long[] farBits;
  /** Per token type, per word: the bits of the rule slots whose FIRST set holds it. */
  private final long[] firstBits;
  /** Per rule slot: its pair numbers. */
  private final int[][] pairsOfSlot;
  /** Per word of rule slots: the slots with no anchor set, which every token after FIRST passes. */
  private final long[] unanchored;
  /** Per word of rule slots: the slots with more than one anchor set. */
  private final long[] manyAnchored;
  /** Per rule slot, per word: the bits of its pairs other than its first. */
  private final long[][] laterPairs;
  /**
   * Per anchor type: where its rows in {@link #refusedRows} start, or -1 when no pair constrains
   * it; per type of the token after it (one more row for none): the pairs that do not take it as an
   * anchor, because a match needs another token after it ({@link RuleAnchors.Anchor#next}). See
   * {@link #refusedTable}.
   */
  private final int[] nextRefused;
  /**
   * As {@link #nextRefused}, by the type of the token before it: the pairs that do not take it as
   * an anchor for a match that starts before it ({@link RuleAnchors.Anchor#prev}).
   */
  private final int[] prevRefused;
  private final long[] refusedRows;
  /** Per pair: its anchors and before-set, for checks against a shorter region. */
  private final BitSet[] pairAnchors;
  private final BitSet[] pairBefore;

  StartFilter(PackGrammar grammar, int[] rules) {
    int slots = rules.length;
    int maxRule = Arrays.stream(rules).max().orElse(0);
    this.slotOfRule = new int[maxRule + 1];
    Arrays.fill(slotOfRule, -1);
    // Pair numbers: a slot's first anchor set has the slot's number, the others come after.
    this.pairsOfSlot = new int[slots][];
    int pairs = slots;
    for (int k = 0; k < slots; k++) {
      slotOfRule[rules[k]] = k;
      int n = grammar.anchors(rules[k]).size();
      pairsOfSlot[k] = new int[n];
      for (int j = 0; j < n; j++) {
        pairsOfSlot[k][j] = j == 0 ? k : pairs++;
      }
    }
    this.ruleWords = Math.max(1, (slots + 63) / 64);
    this.pairWords = Math.max(1, (pairs + 63) / 64);
    this.unanchored = new long[ruleWords];
    this.manyAnchored = new long[ruleWords];
    this.laterPairs = new long[slots][pairWords];
    for (int k = 0; k < slots; k++) {
      if (pairsOfSlot[k].length == 0) {
        unanchored[k >>> 6] |= 1L << k;
      }
      if (pairsOfSlot[k].length > 1) {
        manyAnchored[k >>> 6] |= 1L << k;
      }
      for (int j = 1; j < pairsOfSlot[k].length; j++) {
        int p = pairsOfSlot[k][j];
        laterPairs[k][p >>> 6] |= 1L << p;
      }
    }
    this.types = grammar.vocabulary().getMaxTokenType() + 1;
    this.anchorBits = new long[types * pairWords];
    this.beforeBits = new long[types * pairWords];
    this.farBits = new long[types * pairWords];
    this.firstBits = new long[types * ruleWords];
    this.pairAnchors = new BitSet[pairs];
    this.pairBefore = new BitSet[pairs];
    List<Map<Integer, BitSet>> nextOfPair = new ArrayList<>(Collections.nCopies(pairs, Map.of()));
    List<Map<Integer, BitSet>> prevOfPair = new ArrayList<>(Collections.nCopies(pairs, Map.of()));
    for (int k = 0; k < slots; k++) {
      for (int t : grammar.firstTokens(rules[k]).toArray()) {
        if (t >= 0 && t < types) {
          firstBits[t * ruleWords + (k >>> 6)] |= 1L << k;
        }
      }
      List<RuleAnchors.Anchor> anchors = grammar.anchors(rules[k]);
      for (int j = 0; j < anchors.size(); j++) {
        int p = pairsOfSlot[k][j];
        pairAnchors[p] = anchors.get(j).anchors();
        pairBefore[p] = anchors.get(j).before();
        set(anchorBits, pairAnchors[p], p);
        set(beforeBits, pairBefore[p], p);
        set(farBits, anchors.get(j).far(), p);
        nextOfPair.set(p, anchors.get(j).next());
        prevOfPair.set(p, anchors.get(j).prev());
      }
    }
    List<long[]> rows = new ArrayList<>();
    this.nextRefused = refusedTable(nextOfPair, rows);
    this.prevRefused = refusedTable(prevOfPair, rows);
    this.refusedRows = new long[rows.size() * pairWords];
    for (int r = 0; r < rows.size(); r++) {
      System.arraycopy(rows.get(r), 0, refusedRows, r * pairWords, pairWords);
    }
  }

  /**
   * From each pair's tokens allowed beside its anchors: per anchor type, per type of the
   * neighbouring token, the bits of the pairs that refuse the anchor there; the last row is for no
   * neighbour in the region. The rows go to {@code rows}; returned is, per anchor type, the word
   * where its first row starts, or -1 for an anchor type no pair constrains. Word-parallel, as the
   * rest of the pass: a per-pair test at every token cost more than the attempts it saved.
   */
  private int[] refusedTable(List<Map<Integer, BitSet>> allowedOfPair, List<long[]> rows) {
    long[][][] table = new long[types][][];
    for (int p = 0; p < allowedOfPair.size(); p++) {
      for (Map.Entry<Integer, BitSet> e : allowedOfPair.get(p).entrySet()) {
        int t = e.getKey();
        if (t < 0 || t >= types) {
          continue;
        }
        if (table[t] == null) {
          table[t] = new long[types + 1][pairWords];
        }
        for (int neighbour = 0; neighbour <= types; neighbour++) {
          if (neighbour == types || !e.getValue().get(neighbour)) {
            table[t][neighbour][p >>> 6] |= 1L << p;
          }
        }
      }
    }
    int[] start = new int[types];
    for (int t = 0; t < types; t++) {
      start[t] = table[t] == null ? -1 : rows.size() * pairWords;
      if (table[t] != null) {
        rows.addAll(Arrays.asList(table[t]));
      }
    }
    return start;
  }

  /**
   * Where in {@link #refusedRows} the pairs refusing an anchor of type {@code t} beside a token of
   * type {@code neighbour} start (-1, or out of range: no neighbour in the region); -1 when no pair
   * constrains {@code t}.
   */
  private static int refusedRow(int[] table, int t, int neighbour, int types, int pairWords) {
    int first = table[t];
    if (first < 0) {
      return -1;
    }
    return first + (neighbour >= 0 && neighbour < types ? neighbour : types) * pairWords;
  }

  private void set(long[] bits, BitSet of, int p) {
    for (int t = of.nextSetBit(0); t >= 0 && t < types; t = of.nextSetBit(t + 1)) {
      bits[t * pairWords + (p >>> 6)] |= 1L << p;
    }
  }

  /**
   * Where the rules can start in the region {@code [from, to)} of {@code tokens}.
   *
   * @param anchored false to test the FIRST sets only, as when every attempt is to be seen
   *     ({@code explain} shows where rules came close)
   */
  public Starts starts(TokenList tokens, int from, int to, boolean anchored) {
    int n = to - from;
    int[] types = new int[n];
    long[] possible = new long[n * ruleWords];
    int pw = pairWords;
    int rw = ruleWords;
    int typeCount = this.types;
    long[] anchorOf = anchorBits;
    long[] beforeOf = beforeBits;
    long[] farOf = farBits;
    long[] firstOf = firstBits;
    long[] refused = refusedRows;
    long[] ok = new long[pw];
    // What the pass hands from each token to the one before it:
    // adjacent: the pairs whose anchor is this token and counts for a match that starts before it
    //     (the token before was checked against the anchor's prev set);
    // gap: the pairs that reach a counted anchor further on from this token, which stands right
    //     before it or in a far set.
    long[] adjacent = new long[pw];
    long[] gap = new long[pw];
    long[] nextAdjacent = new long[pw];
    long[] nextGap = new long[pw];
    tokens.copyTypes(from, to, types);
    for (int i = n - 1; i >= 0; i--) {
      int t = types[i];
      if (t < 0 || t >= typeCount) {
        Arrays.fill(adjacent, 0);
        Arrays.fill(gap, 0);
        continue;
      }
      int row = t * pw;
      // An anchor that needs a certain token after it counts only when that token follows in the
      // region (a match ends inside its region).
      int refusedNext = refusedRow(nextRefused, t, i + 1 < n ? types[i + 1] : -1, typeCount, pw);
      // For a match that starts before this token, an anchor here needs a token before it that
      // can precede it; the first token of the region has none in the region.
      int refusedPrev = refusedRow(prevRefused, t, i > 0 ? types[i - 1] : -1, typeCount, pw);
      for (int w = 0; w < pw; w++) {
        long anchor = refusedNext < 0 ? anchorOf[row + w] : anchorOf[row + w] & ~refused[refusedNext + w];
        long reach = (beforeOf[row + w] & adjacent[w]) | (farOf[row + w] & gap[w]);
        ok[w] = anchor | reach;
        nextGap[w] = reach;
        nextAdjacent[w] = refusedPrev < 0 ? anchor : anchor & ~refused[refusedPrev + w];
      }
      for (int w = 0; w < rw; w++) {
        long starting = firstOf[t * rw + w];
        if (anchored && starting != 0) {
          // The pairs numbered as slots are the slots' first anchor sets (see the class comment).
          starting &= ok[w] | unanchored[w];
          for (long many = starting & manyAnchored[w]; many != 0; many &= many - 1) {
            int k = (w << 6) + Long.numberOfTrailingZeros(many);
            if (!covers(ok, laterPairs[k])) {
              starting &= ~(1L << k);
            }
          }
        }
        possible[i * rw + w] = starting;
      }
      long[] swap = adjacent;
      adjacent = nextAdjacent;
      nextAdjacent = swap;
      swap = gap;
      gap = nextGap;
      nextGap = swap;
    }
    return new Starts(from, to, types, possible, anchored);
  }

  private static boolean covers(long[] bits, long[] mask) {
    for (int w = 0; w < mask.length; w++) {
      if ((bits[w] & mask[w]) != mask[w]) {
        return false;
      }
    }
    return true;
  }

  /** The answer for one region. */
  public final class Starts {
    private final int from;
    private final int to;
    private final int[] types;
    private final long[] possible;
    private final boolean anchored;

    private Starts(int from, int to, int[] types, long[] possible, boolean anchored) {
      this.from = from;
      this.to = to;
      this.types = types;
      this.possible = possible;
      this.anchored = anchored;
    }

    /** Whether {@code rule} can start a match at token {@code i} of the region. */
    public boolean possible(int rule, int i) {
      int k = slot(rule);
      return (possible[(i - from) * ruleWords + (k >>> 6)] & (1L << k)) != 0;
    }

    /**
     * Whether {@code rule} can match from token {@code i} within the shorter region ending at
     * {@code limit} (a retry of {@link GrammarMatcher#attempt}): every anchor set must then have
     * an anchor before {@code limit}.
     */
    boolean possible(int rule, int i, int limit) {
      if (!possible(rule, i)) {
        return false;
      }
      if (!anchored || limit >= to) {
        return true;
      }
      for (int p : pairsOfSlot[slot(rule)]) {
        if (!anchorBefore(p, i, limit)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether pair {@code p} has an anchor in {@code [i, limit)} with only before-tokens ahead of
     * it; an anchor that needs a token after it needs it before {@code limit}. (A retry cut
     * before the token after an official's post has the post but no room for the name.)
     */
    private boolean anchorBefore(int p, int i, int limit) {
      for (int j = i; j < limit; j++) {
        int t = types[j - from];
        if (t >= 0 && pairAnchors[p].get(t) && !refusedWith(p, t, j + 1 < limit ? types[j + 1 - from] : -1)) {
          return true;
        }
        if (t < 0 || !pairBefore[p].get(t)) {
          return false;
        }
      }
      return false;
    }

    /** Whether pair {@code p} refuses an anchor of type {@code t} with {@code next} after it (-1: none). */
    private boolean refusedWith(int p, int t, int next) {
      int typeCount = StartFilter.this.types;
      int row = t < typeCount ? refusedRow(nextRefused, t, next, typeCount, pairWords) : -1;
      return row >= 0 && (refusedRows[row + (p >>> 6)] & (1L << p)) != 0;
    }

    /**
     * The first slot at or after {@code slot} whose rule can start at token {@code i}, or -1; a
     * slot is the place of its rule in the list this filter was made for. Walking the slots so
     * costs a few word tests per token however many rules there are.
     */
    public int nextSlot(int i, int slot) {
      int base = (i - from) * ruleWords;
      for (int w = slot >>> 6; w < ruleWords; w++) {
        long bits = possible[base + w];
        if (w == slot >>> 6) {
          bits &= -1L << slot; // shifts count mod 64: the slot's own bit and those above it
        }
        if (bits != 0) {
          return (w << 6) + Long.numberOfTrailingZeros(bits);
        }
      }
      return -1;
    }

    private int slot(int rule) {
      int k = rule >= 0 && rule < slotOfRule.length ? slotOfRule[rule] : -1;
      if (k < 0) {
        throw new IllegalArgumentException("rule " + rule + " is not one this filter was made for");
      }
      return k;
    }
  }
}
