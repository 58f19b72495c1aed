package io.baoxun.grammar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.baoxun.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNDeserializer;
import org.antlr.v4.runtime.atn.ATNSerializer;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.tool.Grammar;
import org.antlr.v4.tool.LabelElementPair;
import org.antlr.v4.tool.LexerGrammar;
import org.antlr.v4.tool.Rule;

/**
 * A loaded grammar: immutable, shared by all threads.
 *
 * <p>It holds the automata (ATNs) and what the engine needs to read interpreted parse trees: rule
 * names, each rule's element labels and the tokens a rule can start with. Per-thread work goes
 * through {@link #newMatcher()}.
 */
public final class PackGrammar {
  private final String fileName;
  private final ATN lexerAtn;
  private final ATN parserAtn;
  private final Vocabulary vocabulary;
  private final String[] lexerRuleNames;
  private final String[] channelNames;
  private final String[] modeNames;
  private final String[] ruleNames;
  private final ImmutableMap<String, Integer> ruleIndex;
  private final ImmutableList<ImmutableMap<String, ImmutableSet<Integer>>> labelStates;
  /** The same states as bit sets, for the test of every child of every match ({@link #labeled}). */
  private final ImmutableList<ImmutableMap<String, java.util.BitSet>> labelStateBits;
  private final ImmutableList<IntervalSet> firstTokens;
  private final ImmutableList<ImmutableMap<String, LabelInfo>> labelInfo;
  private final ImmutableList<Diagnostic> warnings;
  /** The grammar analysis behind {@link #anchors}, made on first use. */
  private final com.google.common.base.Supplier<RuleAnchors> anchorAnalysis =
      com.google.common.base.Suppliers.memoize(() -> new RuleAnchors(parserAtn()));
  private final java.util.concurrent.ConcurrentMap<Integer, List<RuleAnchors.Anchor>> anchors =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** The decisions the next token settles, worked out on first use for every matcher. */
  private final com.google.common.base.Supplier<Ll1Choices> ll1Choices =
      com.google.common.base.Suppliers.memoize(() -> Ll1Choices.of(parserAtn()));
  /** Where this grammar is kept on disk, to add anchors to; null when it is not. */
  private volatile PackCache cache;
  private volatile String cacheKey;

  private PackGrammar(
      String fileName,
      ATN lexerAtn,
      ATN parserAtn,
      Vocabulary vocabulary,
      String[] lexerRuleNames,
      String[] channelNames,
      String[] modeNames,
      String[] ruleNames,
      List<Map<String, Set<Integer>>> labelStates,
      List<Map<String, LabelInfo>> labelInfo,
      List<Diagnostic> warnings) {
    this.fileName = fileName;
    this.lexerAtn = lexerAtn;
    this.parserAtn = parserAtn;
    this.vocabulary = vocabulary;
    this.lexerRuleNames = lexerRuleNames;
    this.channelNames = channelNames;
    this.modeNames = modeNames;
    this.ruleNames = ruleNames;
    ImmutableMap.Builder<String, Integer> idx = ImmutableMap.builder();
    for (int i = 0; i < ruleNames.length; i++) {
      idx.put(ruleNames[i], i);
    }
    this.ruleIndex = idx.buildOrThrow();
    ImmutableList.Builder<ImmutableMap<String, ImmutableSet<Integer>>> labels = ImmutableList.builder();
    for (Map<String, Set<Integer>> m : labelStates) {
      ImmutableMap.Builder<String, ImmutableSet<Integer>> b = ImmutableMap.builder();
      m.forEach((k, v) -> b.put(k, ImmutableSet.copyOf(v)));
      labels.add(b.buildOrThrow());
    }
    this.labelStates = labels.build();
    ImmutableList.Builder<ImmutableMap<String, java.util.BitSet>> bits = ImmutableList.builder();
    for (ImmutableMap<String, ImmutableSet<Integer>> m : this.labelStates) {
      ImmutableMap.Builder<String, java.util.BitSet> b = ImmutableMap.builder();
      m.forEach((k, v) -> {
        java.util.BitSet set = new java.util.BitSet();
        v.forEach(set::set);
        // Interned, as the names the rules and value readers ask for are: the lookup on every
        // match then finds its key by identity instead of comparing characters.
        b.put(k.intern(), set);
      });
      bits.add(b.buildOrThrow());
    }
    this.labelStateBits = bits.build();
    ImmutableList.Builder<IntervalSet> first = ImmutableList.builder();
    for (int i = 0; i < ruleNames.length; i++) {
      IntervalSet s = parserAtn.nextTokens(parserAtn.ruleToStartState[i]);
      s.setReadonly(true);
      first.add(s);
    }
    this.firstTokens = first.build();
    this.labelInfo = labelInfo.stream().map(ImmutableMap::copyOf).collect(ImmutableList.toImmutableList());
    this.warnings = ImmutableList.copyOf(warnings);
  }

  /** A grammar as {@link PackCache} stored it. */
  static PackGrammar restored(
      String fileName,
      ATN lexerAtn,
      ATN parserAtn,
      Vocabulary vocabulary,
      String[] lexerRuleNames,
      String[] channelNames,
      String[] modeNames,
      String[] ruleNames,
      List<Map<String, Set<Integer>>> labelStates,
      List<Map<String, LabelInfo>> labelInfo,
      List<Diagnostic> warnings) {
    return new PackGrammar(
        fileName, lexerAtn, parserAtn, vocabulary, lexerRuleNames, channelNames, modeNames, ruleNames,
        labelStates, labelInfo, warnings);
  }

  static PackGrammar of(Grammar g, String displayName, List<Diagnostic> warnings) {
    LexerGrammar lg = g.getImplicitLexer();
    // The tool's own ATNs carry tool-only state; a serialise/deserialise round trip gives the plain
    // runtime ATN (state numbers are kept, which the label map relies on).
    ATN lexerAtn = roundTrip(lg.atn);
    ATN parserAtn = roundTrip(g.atn);
    String[] ruleNames = g.getRuleNames();
    List<Map<String, Set<Integer>>> labels = new ArrayList<>();
    List<Map<String, LabelInfo>> infos = new ArrayList<>();
    for (String name : ruleNames) {
      Rule r = g.getRule(name);
      Map<String, Set<Integer>> m = new HashMap<>();
      Map<String, LabelInfo> info = new java.util.TreeMap<>();
      for (Map.Entry<String, List<LabelElementPair>> e : r.getElementLabelDefs().entrySet()) {
        // Only x+= makes a list: x= on several alternatives (x=a | x=b) still holds one element.
        boolean list = false;
        boolean tokens = false;
        Set<String> rules = new java.util.TreeSet<>();
        for (LabelElementPair pair : e.getValue()) {
          if (pair.element.atnState != null) {
            m.computeIfAbsent(e.getKey(), k -> new java.util.HashSet<>())
                .add(pair.element.atnState.stateNumber);
          }
          list |= pair.type == org.antlr.v4.tool.LabelType.RULE_LIST_LABEL
              || pair.type == org.antlr.v4.tool.LabelType.TOKEN_LIST_LABEL;
          if (pair.element.getType() == org.antlr.v4.parse.ANTLRParser.RULE_REF) {
            rules.add(pair.element.getText());
          } else {
            tokens = true;
          }
        }
        info.put(e.getKey(), new LabelInfo(e.getKey(), list, rules, tokens));
      }
      labels.add(m);
      infos.add(info);
    }
    return new PackGrammar(
        displayName,
        lexerAtn,
        parserAtn,
        g.getVocabulary(),
        lg.getRuleNames(),
        lg.channelValueToNameList.toArray(new String[0]),
        lg.modes.keySet().toArray(new String[0]),
        ruleNames,
        labels,
        infos,
        warnings);
  }

  private static ATN roundTrip(ATN atn) {
    return new ATNDeserializer().deserialize(new ATNSerializer(atn).serialize().toArray());
  }

  Ll1Choices ll1Choices() {
    return ll1Choices.get();
  }

  /**
   * Works out now, on the calling thread, the tables every matcher reads (the LL(1) choices),
   * which the first matcher would otherwise make on a thread that is waiting to match.
   */
  public void prepareMatching() {
    ll1Choices.get();
  }

  /** A matcher for one thread: it keeps the interpreters and their DFA caches warm. */
  public GrammarMatcher newMatcher() {
    return new GrammarMatcher(this);
  }

  public String fileName() {
    return fileName;
  }

  public List<Diagnostic> warnings() {
    return warnings;
  }

  public List<String> ruleNames() {
    return Arrays.asList(ruleNames.clone());
  }

  public boolean hasRule(String name) {
    return ruleIndex.containsKey(name);
  }

  public Optional<Integer> ruleIndex(String name) {
    return Optional.ofNullable(ruleIndex.get(name));
  }

  public String ruleName(int index) {
    return ruleNames[index];
  }

  /** The element labels a rule defines ({@code x=...} and {@code x+=...}). */
  public Set<String> labels(String rule) {
    Integer i = ruleIndex.get(rule);
    return i == null ? Set.of() : labelStates.get(i).keySet();
  }

  /** What a label of a rule stands for, if the rule defines it. */
  public Optional<LabelInfo> labelInfo(String rule, String label) {
    Integer i = ruleIndex.get(rule);
    return i == null ? Optional.empty() : Optional.ofNullable(labelInfo.get(i).get(label));
  }

  /** The token type of a token name or literal ({@code NUMBER}, {@code '万'}), or 0. */
  public int tokenType(String name) {
    for (int t = 1; t <= vocabulary.getMaxTokenType(); t++) {
      if (name.equals(vocabulary.getSymbolicName(t)) || name.equals(vocabulary.getLiteralName(t))) {
        return t;
      }
    }
    return 0;
  }

  public String tokenName(int type) {
    return vocabulary.getDisplayName(type);
  }

  /** The element label under which {@code child} stands in its parent rule, if any. */
  public Optional<String> labelOf(ParseTree child) {
    if (!(child.getParent() instanceof ParserRuleContext parent)) {
      return Optional.empty();
    }
    int state = stateOf(child);
    if (state < 0) {
      return Optional.empty();
    }
    for (Map.Entry<String, java.util.BitSet> e : labelStateBits.get(parent.getRuleIndex()).entrySet()) {
      if (e.getValue().get(state)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** The children of {@code ctx} that stand under {@code label}, in order. */
  public List<ParseTree> labeled(ParserRuleContext ctx, String label) {
    java.util.BitSet states = labelStateBits.get(ctx.getRuleIndex()).get(label);
    if (states == null || ctx.children == null) {
      return List.of();
    }
    // Called for every label a rule reads, on every match: no iterator, and no list until needed.
    List<ParseTree> out = null;
    List<ParseTree> children = ctx.children;
    for (int i = 0; i < children.size(); i++) {
      ParseTree c = children.get(i);
      int state = stateOf(c);
      if (state >= 0 && states.get(state)) {
        if (out == null) {
          out = new ArrayList<>(2);
        }
        out.add(c);
      }
    }
    return out == null ? List.of() : out;
  }

  private static int stateOf(ParseTree t) {
    if (t instanceof StateTerminalNode n) {
      return n.atnState;
    }
    if (t instanceof ParserRuleContext r) {
      return r.invokingState;
    }
    return -1;
  }

  ATN lexerAtn() {
    return lexerAtn;
  }

  ATN parserAtn() {
    return parserAtn;
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  String[] lexerRuleNames() {
    return lexerRuleNames;
  }

  String[] channelNames() {
    return channelNames;
  }

  String[] modeNames() {
    return modeNames;
  }

  String[] parserRuleNames() {
    return ruleNames;
  }

  IntervalSet firstTokens(int rule) {
    return firstTokens.get(rule);
  }

  /** What every match of a rule must hold (worked out once per rule, on first request). */
  List<RuleAnchors.Anchor> anchors(int rule) {
    return anchors.computeIfAbsent(rule, r -> anchorAnalysis.get().of(r, commonTokensFirst()));
  }

  /** A filter that tells where each of {@code rules} can start a match (see {@link StartFilter}). */
  public StartFilter startFilter(int[] rules) {
    List<Integer> key = java.util.Arrays.stream(rules).boxed().toList();
    StartFilter made = startFilters.get(key);
    if (made != null) {
      return made;
    }
    boolean known = java.util.Arrays.stream(rules).allMatch(anchors::containsKey);
    StartFilter f = new StartFilter(this, rules.clone());
    PackCache c = cache;
    if (!known && c != null) {
      c.write(cacheKey, this);
    }
    made = startFilters.putIfAbsent(key, f);
    return made != null ? made : f;
  }

  /** Start filters are immutable: one per set of rules, shared by the engines of all threads. */
  private final java.util.concurrent.ConcurrentMap<List<Integer>, StartFilter> startFilters =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Keep this grammar's anchors in {@code cache} under {@code key} as they are worked out. */
  void attachCache(PackCache cache, String key) {
    this.cacheKey = key;
    this.cache = cache;
  }

  void restoreAnchors(int rule, List<RuleAnchors.Anchor> list) {
    anchors.put(rule, ImmutableList.copyOf(list));
  }

  /** The anchors worked out so far, by rule. */
  Map<Integer, List<RuleAnchors.Anchor>> knownAnchors() {
    return Map.copyOf(anchors);
  }

  List<? extends Map<String, ? extends Set<Integer>>> labelStates() {
    return labelStates;
  }

  List<? extends Map<String, LabelInfo>> labelInfos() {
    return labelInfo;
  }

  /** The token types, the most common in text first, as far as the lexer tells. */
  private int[] commonTokensFirst() {
    return CommonTokens.mostCommonFirst(lexerAtn, vocabulary);
  }
}
