package io.baoxun.bench;

import io.baoxun.check.CheckSet;
import io.baoxun.check.Finding;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.StartFilter;
import io.baoxun.grammar.TokenList;
import io.baoxun.pipeline.DocumentFacts;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.Engine;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import io.baoxun.rule.Rule;
import io.baoxun.rule.Trace;
import io.baoxun.segment.Article;
import io.baoxun.segment.Paragraph;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The stages from tokens on, per document: {@code match} (where each grammar rule matches, the
 * anchors deciding where the parser runs), {@code engine} (lex, match, and the rules' {@code when}
 * and {@code emit}, overlaps resolved: the rules cost is engine less match and lex), {@code checks}
 * (the pack's checks within the document), and {@code document} (an input from bytes to facts and
 * findings: decode, normalise, segment, engine, checks).
 *
 * <p>{@code pages} sets the document size (a seed page is about 18 KB); {@code copies} the rule
 * count: 10 runs ten copies of every report rule, each matching its own copy of the grammar rule
 * ({@link PackCopies}); {@code anchors} whether the copies need their originals' words (the worst
 * case for the anchors: each copy is tried wherever its original is) or a word of their own (new
 * kinds of report, found elsewhere). Run with {@code scripts/bench.sh EngineStageBenchmark};
 * {@code -p copies=1} for the built-in pack only.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class EngineStageBenchmark {
  @Param({"1", "4", "16"})
  public int pages;

  @Param({"1", "10"})
  public int copies;

  /** {@code same}: each copy anchors on its original's words; {@code own}: on a word of its own. */
  @Param({"same", "own"})
  public String anchors;

  private Path packDir;
  private byte[] bytes;
  private NormalizedText text;
  private List<Article> articles;
  private Engine engine;
  private GrammarMatcher matcher;
  private StartFilter filter;
  private int[] grammarRules;
  private List<int[]> regions;
  private TokenList tokens;
  private CheckSet checks;
  private DocumentFacts facts;
  private DocumentProcessor processor;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    packDir = PackCopies.write(Path.of("."), copies, Files.createTempDirectory("bench-pack"), anchors.equals("own"));
    Pack pack = PackLoader.load(packDir);
    String raw = BenchDocs.document(pages);
    bytes = raw.getBytes(StandardCharsets.UTF_8);
    text = NormalizedText.of(raw);
    articles = new Segmenter().segment(text);
    engine = pack.newEngine();
    matcher = engine.matcher();
    PackGrammar g = pack.grammar();
    grammarRules = pack.rules().stream().map(Rule::grammarRule).distinct().mapToInt(n -> g.ruleIndex(n).orElseThrow()).toArray();
    filter = g.startFilter(grammarRules);
    tokens = matcher.lex(text.text());
    regions = new ArrayList<>();
    for (Article a : articles) {
      List<Span> spans = new ArrayList<>();
      a.headline().ifPresent(spans::add);
      a.paragraphs().stream().map(Paragraph::span).forEach(spans::add);
      for (Span s : spans) {
        int[] r = tokens.tokensWithin(s);
        if (r[0] < r[1]) {
          regions.add(r);
        }
      }
    }
    checks = pack.checks();
    facts = DocumentFacts.of("bench", text, articles, engine, ReadContext.NONE);
    processor = new DocumentProcessor(pack, ReadContext.NONE);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    try (var s = Files.walk(packDir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Every match of the pack's grammar rules, as the engine finds them (no rules applied). */
  @Benchmark
  public int match() {
    int found = 0;
    for (int[] r : regions) {
      StartFilter.Starts starts = filter.starts(tokens, r[0], r[1], true);
      for (int i = r[0]; i < r[1]; i++) {
        for (int g : grammarRules) {
          if (starts.possible(g, i) && matcher.attempt(tokens, r[0], r[1], g, i, starts).matched()) {
            found++;
          }
        }
      }
    }
    return found;
  }

  @Benchmark
  public Engine.Result engine() {
    return engine.run(text, articles, ReadContext.NONE, Trace.NONE);
  }

  @Benchmark
  public List<Finding> checks() {
    return checks.document(facts.refs());
  }

  @Benchmark
  public DocumentResult document() {
    return processor.process(new Input.Bytes("bench", bytes));
  }
}
