package io.baoxun.grammar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 */
public final class StartFilter {
  private final int[] slotOfRule;
  private final int pairWords;
  private final int ruleWords;
  /** Per token type: the bits of the pairs whose anchor set holds it. */
  private final long[][] anchorBits;
  /** Per token type: the bits of the pairs whose before-set holds it. */
  private final long[][] beforeBits;
  /** Per token type: the bits of the pairs whose far set ({@link RuleAnchors.Anchor#far}) holds it. */
  private final long[][] farBits;
  /** Per token type: the bits of the rule slots whose FIRST set holds it. */
  private final long[][] firstBits;
  /** Per rule slot: its pairs, as [first, end) of the pair numbers. */
  private final int[] pairFrom;
  private final int[] pairTo;
  /** Per rule slot: the bits of its pairs, to test them all in a few word operations. */
  private final long[][] pairMask;
  /**
   * Per anchor type, per type of the token after it: the pairs that do not take it as an anchor,
   * because a match needs another token after it ({@link RuleAnchors.Anchor#next}). See
   * {@link #refusedTable}.
   */
  private final long[][][] nextRefused;
  /**
   * Per anchor type, per type of the token before it: the pairs that do not take it as an anchor
   * for a match that starts before it ({@link RuleAnchors.Anchor#prev}).
   */
  private final long[][][] prevRefused;
  /** Per pair: its anchors and before-set, for checks against a shorter region. */
  private final BitSet[] pairAnchors;
  private final BitSet[] pairBefore;

  StartFilter(PackGrammar grammar, int[] rules) {
    int maxRule = Arrays.stream(rules).max().orElse(0);
    this.slotOfRule = new int[maxRule + 1];
    Arrays.fill(slotOfRule, -1);
    this.pairFrom = new int[rules.length];
    this.pairTo = new int[rules.length];
    int pairs = 0;
    for (int k = 0; k < rules.length; k++) {
      slotOfRule[rules[k]] = k;
      pairFrom[k] = pairs;
      pairs += grammar.anchors(rules[k]).size();
      pairTo[k] = pairs;
    }
    this.pairWords = Math.max(1, (pairs + 63) / 64);
    this.pairMask = new long[rules.length][pairWords];
    for (int k = 0; k < rules.length; k++) {
      for (int p = pairFrom[k]; p < pairTo[k]; p++) {
        pairMask[k][p >>> 6] |= 1L << p;
      }
    }
    this.ruleWords = Math.max(1, (rules.length + 63) / 64);
    int types = grammar.vocabulary().getMaxTokenType() + 1;
    this.anchorBits = new long[types][pairWords];
    this.beforeBits = new long[types][pairWords];
    this.farBits = new long[types][pairWords];
    this.firstBits = new long[types][ruleWords];
    this.pairAnchors = new BitSet[pairs];
    this.pairBefore = new BitSet[pairs];
    List<Map<Integer, BitSet>> nextOfPair = new ArrayList<>();
    List<Map<Integer, BitSet>> prevOfPair = new ArrayList<>();
    for (int k = 0; k < rules.length; k++) {
      for (int t : grammar.firstTokens(rules[k]).toArray()) {
        if (t >= 0 && t < types) {
          firstBits[t][k >>> 6] |= 1L << k;
        }
      }
      List<RuleAnchors.Anchor> anchors = grammar.anchors(rules[k]);
      for (int j = 0; j < anchors.size(); j++) {
        int p = pairFrom[k] + j;
        pairAnchors[p] = anchors.get(j).anchors();
        pairBefore[p] = anchors.get(j).before();
        set(anchorBits, pairAnchors[p], p, types);
        set(beforeBits, pairBefore[p], p, types);
        set(farBits, anchors.get(j).far(), p, types);
        nextOfPair.add(anchors.get(j).next());
        prevOfPair.add(anchors.get(j).prev());
      }
    }
    this.nextRefused = refusedTable(nextOfPair, types, pairWords);
    this.prevRefused = refusedTable(prevOfPair, types, pairWords);
  }

  /**
   * From each pair's tokens allowed beside its anchors: per anchor type, per type of the
   * neighbouring token, the bits of the pairs that refuse the anchor there; the last row is for no
   * neighbour in the region. Null for an anchor type no pair constrains. Word-parallel, as the
   * rest of the pass: a per-pair test at every token cost more than the attempts it saved.
   */
  private static long[][][] refusedTable(List<Map<Integer, BitSet>> allowedOfPair, int types, int pairWords) {
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
    return table;
  }

  /** The row of a refused table for a neighbouring token type, or for none (-1, or one past the end). */
  private static long[] row(long[][] table, int neighbour) {
    return table[neighbour >= 0 && neighbour < table.length - 1 ? neighbour : table.length - 1];
  }

  private static void set(long[][] bits, BitSet types, int p, int limit) {
    for (int t = types.nextSetBit(0); t >= 0 && t < limit; t = types.nextSetBit(t + 1)) {
      bits[t][p >>> 6] |= 1L << p;
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
    long[] ok = new long[pairWords];
    // What the pass hands from each token to the one before it:
    // adjacent: the pairs whose anchor is this token and counts for a match that starts before it
    //     (the token before was checked against the anchor's prev set);
    // gap: the pairs that reach a counted anchor further on from this token, which stands right
    //     before it or in a far set.
    long[] adjacent = new long[pairWords];
    long[] gap = new long[pairWords];
    long[] nextAdjacent = new long[pairWords];
    long[] nextGap = new long[pairWords];
    tokens.copyTypes(from, to, types);
    for (int i = n - 1; i >= 0; i--) {
      int t = types[i];
      if (t < 0 || t >= firstBits.length) {
        Arrays.fill(adjacent, 0);
        Arrays.fill(gap, 0);
        continue;
      }
      long[] a = anchorBits[t];
      long[] b = beforeBits[t];
      long[] f = farBits[t];
      // An anchor that needs a certain token after it counts only when that token follows in the
      // region (a match ends inside its region).
      long[][] nextTable = nextRefused[t];
      long[] refusedNext = nextTable == null ? null : row(nextTable, i + 1 < n ? types[i + 1] : -1);
      // For a match that starts before this token, an anchor here needs a token before it that
      // can precede it; the first token of the region has none in the region.
      long[][] prevTable = prevRefused[t];
      long[] refusedPrev = prevTable == null ? null : row(prevTable, i > 0 ? types[i - 1] : -1);
      for (int w = 0; w < pairWords; w++) {
        long anchor = refusedNext == null ? a[w] : a[w] & ~refusedNext[w];
        long reach = (b[w] & adjacent[w]) | (f[w] & gap[w]);
        ok[w] = anchor | reach;
        nextGap[w] = reach;
        nextAdjacent[w] = refusedPrev == null ? anchor : anchor & ~refusedPrev[w];
      }
      long[] first = firstBits[t];
      for (int w = 0; w < ruleWords; w++) {
        long candidates = first[w];
        while (candidates != 0) {
          int k = (w << 6) + Long.numberOfTrailingZeros(candidates);
          candidates &= candidates - 1;
          if (!anchored || covers(ok, pairMask[k])) {
            possible[i * ruleWords + (k >>> 6)] |= 1L << k;
          }
        }
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
      int k = slot(rule);
      for (int p = pairFrom[k]; p < pairTo[k]; p++) {
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
      long[][] table = t < nextRefused.length ? nextRefused[t] : null;
      return table != null && (row(table, next)[p >>> 6] & (1L << p)) != 0;
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
