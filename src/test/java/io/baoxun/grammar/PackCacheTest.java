package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.runtime.atn.ATNSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackCacheTest {
  private static final String GRAMMAR =
      """
      grammar Mini;

      progress : '截至' when=date region=HAN*? '完成' done+=quantity ( ',' done+=quantity )* ;
      quantity : num=NUMBER mult='万'? unit=UNIT ;
      date : m=NUMBER '月' d=NUMBER '日' | today='今天' ;
      either : A | B ;

      A : 'zz' ;
      B : 'zz' ;
      NUMBER : [0-9]+ ('.' [0-9]+)? ;
      UNIT : LEX_UNITS ;
      HAN : [\\p{Script=Han}] ;
      WS : [ \\n]+ -> channel(HIDDEN) ;
      OTHER : . ;
      """;

  private static final List<Lexicon> LEXICONS = List.of(new Lexicon("units", "units.txt", List.of("人次", "例")));

  @TempDir Path tmp;

  private PackGrammar load(Path cacheDir) throws Exception {
    return GrammarLoader.load(
        tmp.resolve("grammar"), LEXICONS, p -> p.getFileName().toString(), Optional.of(PackCache.in(cacheDir)));
  }

  private Path writeGrammar(String text) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("grammar"));
    return Files.writeString(dir.resolve("Mini.g4"), text);
  }

  private static long entries(Path cacheDir) throws Exception {
    if (!Files.isDirectory(cacheDir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(cacheDir)) {
      return s.filter(p -> p.toString().endsWith(".grammar")).count();
    }
  }

  @Test
  void aGrammarFromTheCacheIsTheOneTheToolMade() throws Exception {
    writeGrammar(GRAMMAR);
    Path cache = tmp.resolve("cache");
    PackGrammar fresh = load(cache);
    assertThat(entries(cache)).isEqualTo(1);
    PackGrammar cached = load(cache);

    assertThat(cached).isNotSameAs(fresh);
    assertThat(cached.fileName()).isEqualTo(fresh.fileName());
    assertThat(cached.ruleNames()).isEqualTo(fresh.ruleNames());
    assertThat(cached.parserRuleNames()).isEqualTo(fresh.parserRuleNames());
    assertThat(cached.lexerRuleNames()).isEqualTo(fresh.lexerRuleNames());
    assertThat(cached.channelNames()).isEqualTo(fresh.channelNames());
    assertThat(cached.modeNames()).isEqualTo(fresh.modeNames());
    assertThat(new ATNSerializer(cached.parserAtn()).serialize().toArray())
        .isEqualTo(new ATNSerializer(fresh.parserAtn()).serialize().toArray());
    assertThat(new ATNSerializer(cached.lexerAtn()).serialize().toArray())
        .isEqualTo(new ATNSerializer(fresh.lexerAtn()).serialize().toArray());
    for (int t = 0; t <= fresh.vocabulary().getMaxTokenType(); t++) {
      assertThat(cached.tokenName(t)).isEqualTo(fresh.tokenName(t));
      assertThat(cached.vocabulary().getLiteralName(t)).isEqualTo(fresh.vocabulary().getLiteralName(t));
      assertThat(cached.vocabulary().getSymbolicName(t)).isEqualTo(fresh.vocabulary().getSymbolicName(t));
    }
    assertThat(cached.vocabulary().getMaxTokenType()).isEqualTo(fresh.vocabulary().getMaxTokenType());
    for (String rule : fresh.ruleNames()) {
      assertThat(List.copyOf(cached.labels(rule))).isEqualTo(List.copyOf(fresh.labels(rule)));
      for (String label : fresh.labels(rule)) {
        assertThat(cached.labelInfo(rule, label)).isEqualTo(fresh.labelInfo(rule, label));
      }
      int i = fresh.ruleIndex(rule).orElseThrow();
      assertThat(cached.firstTokens(i)).isEqualTo(fresh.firstTokens(i));
    }
    assertThat(cached.labelStates()).isEqualTo(fresh.labelStates());
    // B can never be matched (A takes 'zz' first): the tool warns, and the cache keeps the warning.
    assertThat(fresh.warnings()).isNotEmpty();
    assertThat(cached.warnings()).isEqualTo(fresh.warnings());
  }

  @Test
  void anchorsWorkedOutOnceAreStoredWithTheGrammar() throws Exception {
    writeGrammar(GRAMMAR);
    Path cache = tmp.resolve("cache");
    PackGrammar fresh = load(cache);
    int progress = fresh.ruleIndex("progress").orElseThrow();
    fresh.startFilter(new int[] {progress});
    PackGrammar cached = load(cache);
    assertThat(cached.knownAnchors()).containsOnlyKeys(progress);
    assertThat(cached.knownAnchors().get(progress)).isEqualTo(fresh.anchors(progress)).isNotEmpty();
  }

  @Test
  void anEditedGrammarIsLoadedAfresh() throws Exception {
    Path file = writeGrammar(GRAMMAR);
    Path cache = tmp.resolve("cache");
    load(cache);
    Files.writeString(file, GRAMMAR.replace("'完成'", "( '完成' | '已完成' )"));
    PackGrammar edited = load(cache);
    assertThat(entries(cache)).isEqualTo(2);
    assertThat(edited.tokenType("'已完成'")).isPositive();
  }

  @Test
  void aDamagedEntryIsLoadedAfreshAndReplaced() throws Exception {
    writeGrammar(GRAMMAR);
    Path cache = tmp.resolve("cache");
    load(cache);
    Path entry;
    try (Stream<Path> s = Files.list(cache)) {
      entry = s.findFirst().orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    PackGrammar again = load(cache);
    assertThat(again.ruleNames()).contains("progress");
    assertThat(Files.size(entry)).isEqualTo(bytes.length);
  }
}
