package io.baoxun.grammar;

import io.baoxun.text.NormalizedText;
import io.baoxun.value.ValuePack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.LexerInterpreter;
import org.antlr.v4.runtime.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the wide-character DFA edge cache and the scan loop buy: the built-in pack's lexer over the
 * five seed pages (Chinese text), with ANTLR's own simulator (edges cached for code points up to
 * 127 only), with {@link WideCharLexerSimulator} under ANTLR's token loop, and with its own {@link
 * WideCharLexerSimulator#scan} loop (no token objects); a plain {@code java.util.regex} find-all
 * pass over the same text gives the scale. Run with {@code scripts/bench.sh LexerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class LexerBenchmark {
  private String text;
  private PackLexer wide;
  private LexerInterpreter plain;
  private Pattern numbersWithUnits;

  @Setup
  public void setUp() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    text = NormalizedText.of(all.toString()).text();
    PackGrammar g = ValuePack.load(Path.of("."));
    wide = new PackLexer(g);
    plain = new PackLexer(g, false);
    numbersWithUnits = Pattern.compile("[0-9０-９.]+\\s*[万亿]?\\s*(人次|例|个|人|名|家|间|吨|元|%|％)");
  }

  @Benchmark
  public int antlrSimulator() {
    return count(plain);
  }

  @Benchmark
  public int wideCharCache() {
    return count(wide);
  }

  @Benchmark
  public int dfaScan() {
    return wide.lex(text, Deadline.NONE).size();
  }

  @Benchmark
  public int regexFindAll() {
    Matcher m = numbersWithUnits.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private int count(LexerInterpreter lexer) {
    lexer.setInputStream(CharStreams.fromString(text));
    int n = 0;
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      n++;
    }
    return n;
  }

  /** For a quick look without JMH: {@code java ... LexerBenchmark}. */
  public static void main(String[] args) throws IOException {
    org.openjdk.jmh.Main.main(new String[] {LexerBenchmark.class.getSimpleName()});
  }
}
