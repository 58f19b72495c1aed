package io.baoxun.bench;

import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.segment.Article;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.value.ValuePack;
import java.nio.file.Path;
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
 * The stages before matching, per document: normalise, segment (articles, paragraphs, sentences),
 * lex. {@code pages} sets the document's size (one seed page is about 18 KB); the time per page
 * should not grow with it. Run with {@code scripts/bench.sh TextStageBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class TextStageBenchmark {
  @Param({"1", "4", "16"})
  public int pages;

  private String raw;
  private NormalizedText normalized;
  private final Segmenter segmenter = new Segmenter();
  private GrammarMatcher matcher;

  @Setup
  public void setUp() throws Exception {
    raw = BenchDocs.document(pages);
    normalized = NormalizedText.of(raw);
    PackGrammar grammar = ValuePack.load(Path.of("."));
    matcher = grammar.newMatcher();
    matcher.lex(normalized.text()); // the lexer's DFA warms over the documents it sees
  }

  @Benchmark
  public NormalizedText normalise() {
    return NormalizedText.of(raw);
  }

  @Benchmark
  public List<Article> segment() {
    return segmenter.segment(normalized);
  }

  @Benchmark
  public int lex() {
    return matcher.lex(normalized.text()).size();
  }
}
