package io.baoxun.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.StartFilter;
import io.baoxun.grammar.TokenList;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.segment.Article;
import io.baoxun.segment.Paragraph;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * baoxun beside Stanford CoreNLP's TokensRegex, the most used rule engine in Java, on the same
 * pre-tokenised text: the paragraphs of seed pages (digits varied), lexed once by the built-in
 * pack's lexer, and given to TokensRegex as CoreLabels with the same token texts.
 *
 * <p>Six patterns for the same six things, in each engine's own language: datelines, dates,
 * quantities, percents, 截至…完成…, 其中…. TokensRegex runs its compiled token patterns
 * (find-all, each pattern over each paragraph); baoxun runs the grammar rules for the same
 * things (dateline, time, quantity, percent, testingProgress, breakdown) as the engine does: the
 * anchors decide where the parser runs, and every start where a rule matches is found (overlaps
 * included), which is more than TokensRegex's leftmost, non-overlapping matches. Neither side
 * applies rules or builds facts. Not part of the normal build (CoreNLP is a profile): run
 * {@code scripts/bench-tokensregex.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class TokensRegexBenchmark {
  /** The six patterns in TokensRegex's language (token text regexes). */
  static final List<String> PATTERNS =
      List.of(
          "/本报|新华社|.*日报|.*网/ []{0,8}? /讯|电/",
          "/[0-9]+/ /月/ /[0-9]+/ /日/",
          "/[0-9.]+/ /万|亿/? /人次|剂次|人份|例|个|人|名|家|间|吨|元|亩|次|处|条|份|场|户|辆|件|所|支/",
          "/[0-9.]+/ /%|％/",
          "/截至|截止/ []{0,30}? /完成/ []{0,10}? /[0-9.]+/",
          "/其中/ []{0,20}? /[0-9.]+/ /例|人|个|名|家|人次/");

  /** The grammar rules of the built-in pack for the same things. */
  static final List<String> RULES = List.of("dateline", "time", "quantity", "percent", "testingProgress", "breakdown");

  @Param({"1", "4"})
  public int pages;

  private List<TokenSequencePattern> patterns;
  private List<List<CoreLabel>> labels;
  private TokenList tokens;
  private List<int[]> regions;
  private GrammarMatcher matcher;
  private StartFilter filter;
  private int[] rules;

  @Setup
  public void setUp() throws Exception {
    NormalizedText text = NormalizedText.of(BenchDocs.document(pages));
    List<Article> articles = new Segmenter().segment(text);
    Pack pack = PackLoader.load(Path.of("."));
    PackGrammar g = pack.grammar();
    matcher = g.newMatcher();
    tokens = matcher.lex(text.text());
    rules = RULES.stream().mapToInt(r -> g.ruleIndex(r).orElseThrow()).toArray();
    filter = g.startFilter(rules);
    regions = new ArrayList<>();
    labels = new ArrayList<>();
    for (Article a : articles) {
      List<Span> spans = new ArrayList<>();
      a.headline().ifPresent(spans::add);
      a.paragraphs().stream().map(Paragraph::span).forEach(spans::add);
      for (Span s : spans) {
        int[] r = tokens.tokensWithin(s);
        if (r[0] >= r[1]) {
          continue;
        }
        regions.add(r);
        List<CoreLabel> sentence = new ArrayList<>();
        for (int i = r[0]; i < r[1]; i++) {
          CoreLabel l = new CoreLabel();
          String word = tokens.get(i).getText();
          l.setWord(word);
          l.setValue(word);
          l.set(CoreAnnotations.TextAnnotation.class, word);
          sentence.add(l);
        }
        labels.add(sentence);
      }
    }
    patterns = PATTERNS.stream().map(TokenSequencePattern::compile).toList();
    System.err.printf("%n%d regions, %d tokens: TokensRegex finds %d, baoxun %d%n", regions.size(), tokens.size(), tokensRegex(), baoxun());
  }

  @Benchmark
  public int tokensRegex() {
    int n = 0;
    for (List<CoreLabel> sentence : labels) {
      for (TokenSequencePattern p : patterns) {
        TokenSequenceMatcher m = p.getMatcher(sentence);
        while (m.find()) {
          n++;
        }
      }
    }
    return n;
  }

  @Benchmark
  public int baoxun() {
    int n = 0;
    for (int[] r : regions) {
      StartFilter.Starts starts = filter.starts(tokens, r[0], r[1], true);
      for (int i = r[0]; i < r[1]; i++) {
        for (int g : rules) {
          if (starts.possible(g, i) && matcher.attempt(tokens, r[0], r[1], g, i, starts).matched()) {
            n++;
          }
        }
      }
    }
    return n;
  }

  /** Keeps CoreMap in the signature JMH sees, so the import is the API TokensRegex works on. */
  static List<? extends CoreMap> asCoreMaps(List<CoreLabel> sentence) {
    return sentence;
  }
}
