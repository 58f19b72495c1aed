package io.baoxun.grammar;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * What every match of a parser rule must hold, worked out from the grammar alone: sets of tokens
 * (anchors) such that each match holds a token of every set, and for each set the tokens that can
 * stand in a match before its first anchor.
 *
 * <p>This is what lets the engine skip most tokens without parsing: an attempt at token {@code i}
 * can only match when, for every anchor set, some token {@code k >= i} of the region is an anchor
 * and the tokens {@code i..k-1} can all stand before one. {@code rate} needs a rate name (率, 进度,
 * RATE_NAME) after a run of clause words; {@code official} needs a TITLE after characters of an
 * organisation. The test is sound for any grammar, because a match is a path through the rule's
 * ATN from its start to its stop state and every token it consumes is one a transition on that
 * path matches; which anchor sets are found only changes how much is skipped.
 *
 * <p>An anchor set is grown down from every token the rule can consume, dropping the most common
 * tokens first (a guess from the lexer: how many characters can start the token) while every
 * non-empty path through the rule still has to cross a transition matching only anchors. Further
 * sets are then sought that avoid the tokens of the first ones, so a rule that needs two things (a
 * status word and a case kind) is checked for both.
 *
 * <p>Immutable after construction; {@link #of} keeps its work in local variables, so one analysis
 * serves all threads.
 */
final class RuleAnchors {
  /** At most this many anchor sets per rule: each adds a little work at every token. */
  private static final int MAX_SETS = 4;

  /**
   * One anchor set of a rule.
   *
   * @param anchors tokens one of which every match holds
   * @param before tokens that can stand in a match before its first anchor
   * @param far those of them that can stand there with another token between them and the anchor
   */
  record Anchor(BitSet anchors, BitSet before, BitSet far, Map<Integer, BitSet> next, Map<Integer, BitSet> prev) {
    Anchor {
      anchors = (BitSet) anchors.clone();
      before = (BitSet) before.clone();
      far = (BitSet) far.clone();
      next = copyOf(next);
      prev = copyOf(prev);
    }

    private static Map<Integer, BitSet> copyOf(Map<Integer, BitSet> m) {
      Map<Integer, BitSet> copy = new TreeMap<>();
      m.forEach((t, set) -> copy.put(t, (BitSet) set.clone()));
      return Collections.unmodifiableMap(copy);
    }

    /**
     * For each anchor, the tokens that can come right before it in a match that does not start
     * with it: an anchor preceded by any other token counts only for a match starting there. In
     * {@code breakdown}, 中 and ( follow the count of a total (例, 人, 家…), so the 中 of 疫情防控中
     * starts no attempt at the tokens before it. An anchor not named here may follow anything.
     */
    @Override
    public Map<Integer, BitSet> prev() {
      return copyOf(prev);
    }

    /**
     * For the anchors a match cannot end at, the tokens that can come right after them in a match
     * ({@code 中} of {@code breakdown}'s {@code total '中' ','} needs a comma next); an anchor not
     * named here may be followed by anything.
     */
    @Override
    public Map<Integer, BitSet> next() {
      return copyOf(next);
    }

    @Override
    public BitSet anchors() {
      return (BitSet) anchors.clone();
    }

    @Override
    public BitSet before() {
      return (BitSet) before.clone();
    }

    /**
     * The tokens of {@link #before} that can stand two or more tokens ahead of the first anchor. In
     * {@code breakdown}, a full stop can come right before 其中 (…2316人。其中…) but nowhere further
     * back in a match, so the tokens before a full stop start no attempt anchored on a 其中 after it.
     */
    @Override
    public BitSet far() {
      return (BitSet) far.clone();
    }
  }

  /** One rule's part of the ATN, with states numbered within the rule (0 is the start). */
  private static final class RuleGraph {
    int stop;
    /** Per local state: its edges, as indexes into the edge arrays below. */
    int[][] out;
    /** Per edge: its target state. */
    int[] target;
    /** Per edge: the rule it calls, or -1. */
    int[] callee;
    /** Per edge: its index in {@link RuleAnchors#labels}, or -1 for epsilon and calls. */
    int[] label;
    /** Per edge: the state it leaves. */
    int[] source;
    /** Per local state: the edges that lead to it. */
    int[][] in;
    /** The rules that call this one. */
    final BitSet callers = new BitSet();
  }

  private final int maxToken;
  private final int words;
  private final RuleGraph[] graphs;
  /** The token sets the grammar's token transitions match, as bit words. */
  private final List<long[]> labels = new ArrayList<>();
  /** Per label: the rules where it stands. */
  private final List<BitSet> labelRules = new ArrayList<>();

  RuleAnchors(ATN atn) {
    this.maxToken = atn.maxTokenType;
    this.words = (maxToken + 64) / 64;
    int rules = atn.ruleToStartState.length;
    this.graphs = new RuleGraph[rules];
    int[] local = new int[atn.states.size()];
    List<List<ATNState>> byRule = new ArrayList<>();
    for (int r = 0; r < rules; r++) {
      byRule.add(new ArrayList<>());
      byRule.get(r).add(atn.ruleToStartState[r]);
    }
    for (ATNState s : atn.states) {
      if (s != null && s.ruleIndex >= 0 && s != atn.ruleToStartState[s.ruleIndex]) {
        byRule.get(s.ruleIndex).add(s);
      }
    }
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int r = 0; r < rules; r++) {
      List<ATNState> states = byRule.get(r);
      for (int i = 0; i < states.size(); i++) {
        local[states.get(i).stateNumber] = i;
      }
      RuleGraph g = new RuleGraph();
      g.stop = local[atn.ruleToStopState[r].stateNumber];
      g.out = new int[states.size()][];
      List<int[]> edges = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        ATNState s = states.get(i);
        if (s instanceof RuleStopState) {
          // A rule returns through the follow state of each call (the callers' graphs), never here.
          g.out[i] = new int[0];
          continue;
        }
        int[] mine = new int[s.getNumberOfTransitions()];
        for (int k = 0; k < mine.length; k++) {
          Transition t = s.transition(k);
          mine[k] = edges.size();
          if (t instanceof RuleTransition rt) {
            edges.add(new int[] {local[rt.followState.stateNumber], rt.target.ruleIndex, -1});
          } else if (t.isEpsilon()) {
            edges.add(new int[] {local[t.target.stateNumber], -1, -1});
          } else {
            long[] m = tokensOf(t);
            int li = labelIndex.computeIfAbsent(Arrays.toString(m), key -> {
              labels.add(m);
              labelRules.add(new BitSet());
              return labels.size() - 1;
            });
            labelRules.get(li).set(r);
            edges.add(new int[] {local[t.target.stateNumber], -1, li});
          }
        }
        g.out[i] = mine;
      }
      g.target = edges.stream().mapToInt(e -> e[0]).toArray();
      g.callee = edges.stream().mapToInt(e -> e[1]).toArray();
      g.label = edges.stream().mapToInt(e -> e[2]).toArray();
      g.source = new int[edges.size()];
      List<List<Integer>> in = new ArrayList<>();
      for (int i = 0; i < states.size(); i++) {
        in.add(new ArrayList<>());
      }
      for (int i = 0; i < states.size(); i++) {
        for (int e : g.out[i]) {
          g.source[e] = i;
          in.get(g.target[e]).add(e);
        }
      }
      g.in = in.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
      graphs[r] = g;
    }
    for (int r = 0; r < rules; r++) {
      for (int c : graphs[r].callee) {
        if (c >= 0) {
          graphs[c].callers.set(r);
        }
      }
    }
  }

  /**
   * The anchor sets of {@code rule}, or none when no set is required.
   *
   * @param commonFirst token types from the most to the least common in text, as far as known
   */
  List<Anchor> of(int rule, int[] commonFirst) {
    BitSet rules = reachableRules(rule);
    long[] alphabet = new long[words];
    for (int li = 0; li < labels.size(); li++) {
      if (labelRules.get(li).intersects(rules)) {
        or(alphabet, labels.get(li));
      }
    }
    List<long[]> classes = classes(rules, alphabet);
    List<Anchor> out = new ArrayList<>();
    long[] used = new long[words];
    for (int n = 0; n < MAX_SETS; n++) {
      long[] s = alphabet.clone();
      Passes pass = new Passes(rules, s);
      if (pass.nonEmpty(rule)) {
        // A path through the rule consumes only tokens no transition names alone (it can be
        // matched by EOF-free wildcards only): nothing to anchor on.
        break;
      }
      for (long[] c : removalOrder(classes, commonFirst, used)) {
        long[] smaller = s.clone();
        andNot(smaller, c);
        if (isEmpty(smaller)) {
          continue;
        }
        Passes tried = pass.without(c, smaller);
        if (!tried.nonEmpty(rule)) {
          s = smaller;
          pass = tried;
        }
      }
      if (Arrays.equals(s, alphabet) || containsSet(out, s)) {
        break;
      }
      BitSet before = BitSet.valueOf(before(rule, pass, s));
      BitSet far = far(rules, s);
      far.and(before);
      out.add(new Anchor(BitSet.valueOf(s), before, far, next(rule, rules, s), prev(rules, s)));
      or(used, s);
    }
    return ImmutableList.copyOf(out);
  }

  private static boolean containsSet(List<Anchor> anchors, long[] s) {
    BitSet b = BitSet.valueOf(s);
    return anchors.stream().anyMatch(a -> a.anchors.equals(b));
  }

  /**
   * For each rule: whether its end can be reached without crossing a transition that matches only
   * anchors, consuming nothing ([0]) or some token ([1]). A least fixpoint, since rules call each
   * other; with fewer anchors more paths pass, so a smaller set's fixpoint grows from a larger one's.
   */
  private final class Passes {
    final BitSet rules;
    final long[] anchors;
    final boolean[][] pass;

    Passes(BitSet rules, long[] anchors) {
      this.rules = rules;
      this.anchors = anchors;
      this.pass = new boolean[graphs.length][2];
      settle(rules);
    }

    private Passes(Passes from, long[] anchors) {
      this.rules = from.rules;
      this.anchors = anchors;
      this.pass = new boolean[graphs.length][];
      for (int r = 0; r < pass.length; r++) {
        pass[r] = from.pass[r].clone();
      }
    }

    /** The fixpoint for {@code smaller} = these anchors less {@code dropped}. */
    Passes without(long[] dropped, long[] smaller) {
      Passes p = new Passes(this, smaller);
      // Only rules with a transition that matched anchors alone and now also matches a dropped
      // token can pass anew (and then their callers).
      BitSet touched = new BitSet();
      for (int li = 0; li < labels.size(); li++) {
        long[] l = labels.get(li);
        if (intersects(l, dropped) && isSubset(l, anchors) && labelRules.get(li).intersects(rules)) {
          touched.or(labelRules.get(li));
        }
      }
      touched.and(rules);
      p.settle(touched);
      return p;
    }

    boolean nonEmpty(int rule) {
      return pass[rule][1];
    }

    private void settle(BitSet start) {
      BitSet work = (BitSet) start.clone();
      while (!work.isEmpty()) {
        int r = work.nextSetBit(0);
        work.clear(r);
        boolean[] now = reachEnd(graphs[r], anchors, pass);
        if (now[0] != pass[r][0] || now[1] != pass[r][1]) {
          pass[r] = now;
          BitSet up = (BitSet) graphs[r].callers.clone();
          up.and(rules);
          work.or(up);
        }
      }
    }
  }

  private boolean[] reachEnd(RuleGraph g, long[] anchors, boolean[][] pass) {
    int n = g.out.length;
    boolean[] seen = new boolean[2 * n];
    int[] stack = new int[2 * n];
    int top = 0;
    seen[0] = true;
    stack[top++] = 0;
    boolean[] out = new boolean[2];
    while (top > 0) {
      int key = stack[--top];
      int state = key % n;
      int consumed = key / n;
      if (state == g.stop) {
        out[consumed] = true;
        continue;
      }
      for (int e : g.out[state]) {
        int to = g.target[e];
        if (g.callee[e] >= 0) {
          boolean[] callee = pass[g.callee[e]];
          if (callee[0]) {
            top = push(stack, seen, top, to + consumed * n);
          }
          if (callee[1]) {
            top = push(stack, seen, top, to + n);
          }
        } else if (g.label[e] < 0) {
          top = push(stack, seen, top, to + consumed * n);
        } else {
          long[] m = labels.get(g.label[e]);
          if (!isEmpty(m) && !isSubset(m, anchors)) {
            top = push(stack, seen, top, to + n);
          }
        }
      }
    }
    return out;
  }

  private static int push(int[] stack, boolean[] seen, int top, int key) {
    if (!seen[key]) {
      seen[key] = true;
      stack[top++] = key;
    }
    return top;
  }

  /** The tokens a match can consume before its first anchor. */
  private long[] before(int rule, Passes pass, long[] anchors) {
    long[] out = new long[words];
    boolean[][] seen = new boolean[graphs.length][];
    List<int[]> work = new ArrayList<>();
    seen[rule] = new boolean[graphs[rule].out.length];
    seen[rule][0] = true;
    work.add(new int[] {rule, 0});
    while (!work.isEmpty()) {
      int[] cur = work.remove(work.size() - 1);
      RuleGraph g = graphs[cur[0]];
      for (int e : g.out[cur[1]]) {
        int c = g.callee[e];
        if (c >= 0) {
          // Into the called rule; past it only if it can be passed without an anchor.
          visit(work, seen, c, 0);
          if (pass.pass[c][0] || pass.pass[c][1]) {
            visit(work, seen, cur[0], g.target[e]);
          }
        } else if (g.label[e] < 0) {
          visit(work, seen, cur[0], g.target[e]);
        } else {
          long[] m = labels.get(g.label[e]);
          if (!isEmpty(m) && !isSubset(m, anchors)) {
            or(out, m);
            visit(work, seen, cur[0], g.target[e]);
          }
        }
      }
    }
    return out;
  }

  /**
   * For each anchor a match cannot end at: the tokens that can follow it. Walks on from every
   * transition that matches only anchors: through epsilon edges, into a called rule from its
   * start, and out of a rule at its end to the place after each of its calls in the rules
   * analysed; the first consuming transition met on each path gives its tokens. Reaching the end of
   * the matched rule itself means the match can end at the anchor: anything may follow then. So
   * the post of an official, which ends a sub-rule, needs what can follow that sub-rule in {@code
   * official} (a name, or 、 and the next post), where ANTLR's LL(1) analysis without a caller
   * would allow anything. Sound for the reason {@link #prev} is.
   */
  private Map<Integer, BitSet> next(int rule, BitSet rules, long[] anchors) {
    Map<Integer, BitSet> next = new HashMap<>();
    BitSet free = new BitSet();
    for (int[] edge : anchorEdges(rules, anchors)) {
      RuleGraph g = graphs[edge[0]];
      BitSet tokens = BitSet.valueOf(labels.get(g.label[edge[1]]));
      BitSet after = tokensAfter(rule, rules, edge[0], g.target[edge[1]]);
      if (after == null) {
        free.or(tokens);
      } else {
        tokens.stream().forEach(t -> next.computeIfAbsent(t, k -> new BitSet()).or(after));
      }
    }
    free.stream().forEach(next::remove);
    return next;
  }

  /**
   * The tokens consumed first on the paths that leave {@code state} of {@code r}, or null when one
   * of them reaches the end of the matched rule.
   */
  private BitSet tokensAfter(int matched, BitSet rules, int r, int state) {
    BitSet out = new BitSet();
    boolean[][] seen = new boolean[graphs.length][];
    List<int[]> work = new ArrayList<>();
    visit(work, seen, r, state);
    while (!work.isEmpty()) {
      int[] cur = work.remove(work.size() - 1);
      RuleGraph g = graphs[cur[0]];
      if (cur[1] == g.stop) {
        if (cur[0] == matched) {
          return null;
        }
        for (int[] site : callSites(rules, cur[0])) {
          visit(work, seen, site[0], graphs[site[0]].target[site[1]]);
        }
      }
      for (int e : g.out[cur[1]]) {
        if (g.callee[e] >= 0) {
          visit(work, seen, g.callee[e], 0);
        } else if (g.label[e] < 0) {
          visit(work, seen, cur[0], g.target[e]);
        } else {
          out.or(BitSet.valueOf(labels.get(g.label[e])));
        }
      }
    }
    return out;
  }

  /**
   * For each anchor: the tokens a match can consume right before it, unless the match starts with
   * it. Walks back from every transition that matches only anchors: through epsilon edges, into a
   * called rule from its end (its last token), and out of a rule at its start to where the rules
   * analysed call it; the first consuming transition met on each path gives its tokens. Reaching
   * the start of the matched rule itself adds nothing: such a match starts at the anchor. Sound
   * because a match is a path through the ATN: the token before an anchor inside it was consumed
   * by a transition this walk meets.
   */
  private Map<Integer, BitSet> prev(BitSet rules, long[] anchors) {
    Map<Integer, BitSet> prev = new TreeMap<>();
    for (int[] edge : anchorEdges(rules, anchors)) {
      RuleGraph g = graphs[edge[0]];
      BitSet before = tokensBefore(rules, edge[0], g.source[edge[1]]);
      BitSet.valueOf(labels.get(g.label[edge[1]])).stream().forEach(t -> prev.computeIfAbsent(t, k -> new BitSet()).or(before));
    }
    return prev;
  }

  /**
   * The tokens a match can consume before an anchor with at least one token between: walks back
   * from every transition that matches only anchors as {@link #tokensBefore} does, past the first
   * consuming transition met, and takes the tokens of every consuming transition met after it. A
   * transition that matches only anchors ends a path, as the first anchor of a match has none
   * before it. Sound for the same reason as {@link #prev}.
   */
  private BitSet far(BitSet rules, long[] anchors) {
    BitSet out = new BitSet();
    // seen[0]: reached with no token consumed since the anchor; seen[1]: with one or more.
    boolean[][][] seen = new boolean[2][graphs.length][];
    List<int[]> work = new ArrayList<>();
    for (int[] edge : anchorEdges(rules, anchors)) {
      visit(work, seen, 0, edge[0], graphs[edge[0]].source[edge[1]]);
    }
    while (!work.isEmpty()) {
      int[] cur = work.remove(work.size() - 1);
      int mode = cur[0];
      RuleGraph g = graphs[cur[1]];
      if (cur[2] == 0) {
        for (int[] site : callSites(rules, cur[1])) {
          visit(work, seen, mode, site[0], graphs[site[0]].source[site[1]]);
        }
      }
      for (int e : g.in[cur[2]]) {
        if (g.callee[e] >= 0) {
          visit(work, seen, mode, g.callee[e], graphs[g.callee[e]].stop);
        } else if (g.label[e] < 0) {
          visit(work, seen, mode, cur[1], g.source[e]);
        } else {
          long[] m = labels.get(g.label[e]);
          if (isEmpty(m) || isSubset(m, anchors)) {
            continue;
          }
          if (mode == 1) {
            out.or(BitSet.valueOf(m));
          }
          visit(work, seen, 1, cur[1], g.source[e]);
        }
      }
    }
    return out;
  }

  /** The transitions of the rules analysed that match only anchors, as (rule, edge). */
  private List<int[]> anchorEdges(BitSet rules, long[] anchors) {
    List<int[]> out = new ArrayList<>();
    for (int r = rules.nextSetBit(0); r >= 0; r = rules.nextSetBit(r + 1)) {
      RuleGraph g = graphs[r];
      for (int e = 0; e < g.label.length; e++) {
        if (g.label[e] >= 0 && !isEmpty(labels.get(g.label[e])) && isSubset(labels.get(g.label[e]), anchors)) {
          out.add(new int[] {r, e});
        }
      }
    }
    return out;
  }

  /**
   * Every call of {@code rule} in the rules analysed, as (caller, the call's edge): a walk back
   * leaves the rule at its start to the edge's source, a walk on at its end to the edge's target
   * (the state after the call).
   */
  private List<int[]> callSites(BitSet rules, int rule) {
    List<int[]> out = new ArrayList<>();
    for (int caller = graphs[rule].callers.nextSetBit(0); caller >= 0; caller = graphs[rule].callers.nextSetBit(caller + 1)) {
      if (!rules.get(caller)) {
        continue;
      }
      RuleGraph c = graphs[caller];
      for (int e = 0; e < c.callee.length; e++) {
        if (c.callee[e] == rule) {
          out.add(new int[] {caller, e});
        }
      }
    }
    return out;
  }

  private void visit(List<int[]> work, boolean[][][] seen, int mode, int rule, int state) {
    if (seen[mode][rule] == null) {
      seen[mode][rule] = new boolean[graphs[rule].out.length];
    }
    if (!seen[mode][rule][state]) {
      seen[mode][rule][state] = true;
      work.add(new int[] {mode, rule, state});
    }
  }

  /** The tokens consumed last on the paths that reach {@code state} of {@code rule}. */
  private BitSet tokensBefore(BitSet rules, int rule, int state) {
    BitSet out = new BitSet();
    boolean[][] seen = new boolean[graphs.length][];
    List<int[]> work = new ArrayList<>();
    visit(work, seen, rule, state);
    while (!work.isEmpty()) {
      int[] cur = work.remove(work.size() - 1);
      RuleGraph g = graphs[cur[0]];
      if (cur[1] == 0) {
        for (int[] site : callSites(rules, cur[0])) {
          visit(work, seen, site[0], graphs[site[0]].source[site[1]]);
        }
      }
      for (int e : g.in[cur[1]]) {
        if (g.callee[e] >= 0) {
          visit(work, seen, g.callee[e], graphs[g.callee[e]].stop);
        } else if (g.label[e] < 0) {
          visit(work, seen, cur[0], g.source[e]);
        } else {
          out.or(BitSet.valueOf(labels.get(g.label[e])));
        }
      }
    }
    return out;
  }

  private void visit(List<int[]> work, boolean[][] seen, int rule, int state) {
    if (seen[rule] == null) {
      seen[rule] = new boolean[graphs[rule].out.length];
    }
    if (!seen[rule][state]) {
      seen[rule][state] = true;
      work.add(new int[] {rule, state});
    }
  }

  /** The token types a transition can match, as bit words. */
  private long[] tokensOf(Transition t) {
    BitSet m = new BitSet(maxToken + 1);
    IntervalSet label = t.label();
    if (t instanceof WildcardTransition) {
      m.set(Token.MIN_USER_TOKEN_TYPE, maxToken + 1);
    } else if (t instanceof NotSetTransition && label != null) {
      m.set(Token.MIN_USER_TOKEN_TYPE, maxToken + 1);
      for (int type : label.toArray()) {
        if (type >= 0 && type <= maxToken) {
          m.clear(type);
        }
      }
    } else if (label != null) {
      // An EOF is left out: a match that ends on EOF is no match (GrammarMatcher), and nothing
      // can follow EOF, so a path through it never makes one.
      for (int type : label.toArray()) {
        if (type >= Token.MIN_USER_TOKEN_TYPE && type <= maxToken) {
          m.set(type);
        }
      }
    }
    return Arrays.copyOf(m.toLongArray(), words);
  }

  private BitSet reachableRules(int rule) {
    BitSet seen = new BitSet();
    List<Integer> work = new ArrayList<>(List.of(rule));
    seen.set(rule);
    while (!work.isEmpty()) {
      RuleGraph g = graphs[work.remove(work.size() - 1)];
      for (int c : g.callee) {
        if (c >= 0 && !seen.get(c)) {
          seen.set(c);
          work.add(c);
        }
      }
    }
    return seen;
  }

  /**
   * The alphabet in classes of tokens that every transition treats alike; an anchor set is a
   * union of classes (a class partly in a set is as good as out of it for every path).
   */
  private List<long[]> classes(BitSet rules, long[] alphabet) {
    List<long[]> mine = new ArrayList<>();
    for (int li = 0; li < labels.size(); li++) {
      if (labelRules.get(li).intersects(rules)) {
        mine.add(labels.get(li));
      }
    }
    Map<BitSet, long[]> bySignature = new LinkedHashMap<>();
    BitSet a = BitSet.valueOf(alphabet);
    for (int type = a.nextSetBit(0); type >= 0; type = a.nextSetBit(type + 1)) {
      BitSet sig = new BitSet(mine.size());
      for (int i = 0; i < mine.size(); i++) {
        if ((mine.get(i)[type >>> 6] & (1L << type)) != 0) {
          sig.set(i);
        }
      }
      long[] c = bySignature.computeIfAbsent(sig, k -> new long[words]);
      c[type >>> 6] |= 1L << type;
    }
    return new ArrayList<>(bySignature.values());
  }

  /** Classes in the order to try dropping them: those holding used tokens, then common ones. */
  private static List<long[]> removalOrder(List<long[]> classes, int[] commonFirst, long[] used) {
    Map<Integer, Integer> rank = new HashMap<>();
    for (int i = 0; i < commonFirst.length; i++) {
      rank.putIfAbsent(commonFirst[i], i);
    }
    Map<long[], Integer> best = new HashMap<>();
    for (long[] c : classes) {
      BitSet b = BitSet.valueOf(c);
      int r = Integer.MAX_VALUE;
      for (int t = b.nextSetBit(0); t >= 0; t = b.nextSetBit(t + 1)) {
        r = Math.min(r, rank.getOrDefault(t, Integer.MAX_VALUE));
      }
      best.put(c, r);
    }
    List<long[]> order = new ArrayList<>(classes);
    order.sort(
        Comparator.comparing((long[] c) -> !intersects(c, used))
            .thenComparing(best::get)
            .thenComparing(c -> BitSet.valueOf(c).nextSetBit(0)));
    return order;
  }

  private static boolean isSubset(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if ((a[i] & ~b[i]) != 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean intersects(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      if ((a[i] & b[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmpty(long[] a) {
    for (long w : a) {
      if (w != 0) {
        return false;
      }
    }
    return true;
  }

  private static void or(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] |= b[i];
    }
  }

  private static void andNot(long[] a, long[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] &= ~b[i];
    }
  }
}
