package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.Fact;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
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
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Matching a large document a window at a time finds what matching it whole finds, at the same
 * original offsets.
 */
class WindowsTest {
  private static Pack pack;
  private static NormalizedText pages;
  private static List<Article> articles;
  private static DocumentFacts whole;

  @BeforeAll
  static void load() throws Exception {
    pack = PackLoader.load(Path.of("."));
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      // Two pages of a dozen articles each: enough windows, and quick.
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(2).toList()) {
        b.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n\n");
      }
    }
    pages = NormalizedText.of(b.toString());
    articles = new Segmenter().segment(pages);
    whole = facts(Limits.NONE);
  }

  private static DocumentFacts facts(Limits limits) {
    return DocumentFacts.of("pages", pages, articles, pack.newEngine(), ReadContext.NONE, limits);
  }

  @Test
  void windowsOfWholeArticlesFindWhatTheWholeDocumentGives() {
    Limits small = Limits.NONE.withWindows(3_000, 1_000);
    assertThat(Windows.plan(pages, articles, 3_000, 1_000)).get().satisfies(w -> assertThat(w.size()).isGreaterThan(4));
    DocumentFacts windowed = facts(small);
    assertThat(whole.facts()).hasSizeGreaterThan(150);
    assertThat(windowed.facts()).containsExactlyElementsOf(whole.facts());
    assertThat(windowed.refs()).containsExactlyElementsOf(whole.refs());
  }

  @Test
  void articlesLongerThanAWindowAreMatchedInParagraphsWithTheirHeadlineAndDateline() {
    // Windows shorter than most articles: each article is split into windows of paragraphs.
    int window = 500;
    List<Windows.Window> plan = Windows.plan(pages, articles, window, 450).orElseThrow();
    assertThat(plan.stream().filter(w -> w.parts().size() > 1)).isNotEmpty();
    DocumentFacts windowed = facts(Limits.NONE.withWindows(window, 450));
    assertThat(windowed.facts()).containsExactlyElementsOf(whole.facts());
  }

  @Test
  void everyFactOfAWindowedDocumentPointsAtItsOriginalText() {
    DocumentFacts windowed = facts(Limits.NONE.withWindows(300, 100));
    assertThat(windowed.facts()).isNotEmpty();
    for (Fact f : windowed.facts()) {
      assertThat(pages.originalSlice(f.span())).as(f.toString()).isEqualTo(f.text());
    }
  }

  @Test
  void aLongParagraphIsCutAtSentenceStartsIntoPiecesOfAtMostTheLimit() {
    String sentence = "截至3月20日12时，莘县已完成检测79.4万人次，完成比例85.35%。";
    NormalizedText text = NormalizedText.of(sentence.repeat(200));
    Paragraph p = onlyParagraph(text);
    List<Paragraph> pieces = Windows.cut(text, p, 1_000);
    assertThat(pieces).hasSizeGreaterThan(5);
    assertCoversInPieces(p, pieces, 1_000);
    int len = sentence.length();
    for (Paragraph piece : pieces) {
      assertThat(piece.span().start() % len).as("a cut at a sentence start").isZero();
    }
  }

  @Test
  void aSentenceLongerThanTheLimitIsCutWhereNoNumberBreaks() {
    String clause = "莘县已完成检测79.4万人次，完成比例85.35%，";
    NormalizedText text = NormalizedText.of(clause.repeat(300) + "1".repeat(5_000) + "。");
    Paragraph p = onlyParagraph(text);
    List<Paragraph> pieces = Windows.cut(text, p, 700);
    assertCoversInPieces(p, pieces, 700);
    for (Paragraph piece : pieces.subList(0, pieces.size() - 1)) {
      int end = piece.span().end();
      if (end < clause.length() * 300) {
        String around = text.slice(new Span(end - 1, end + 1));
        assertThat(around).as("cut at %s", end).doesNotMatch("[0-9.%][0-9.%]");
      }
    }
  }

  @Test
  void anExcerptMapsIntoTheWholeOriginal() {
    List<Paragraph> ps = articles.stream().filter(a -> a.paragraphs().size() > 2).findFirst().orElseThrow().paragraphs();
    assertThat(ps.size()).isGreaterThan(2);
    Span first = ps.get(0).span();
    Span third = ps.get(2).span();
    NormalizedText excerpt = pages.excerpt(List.of(first, third));
    assertThat(excerpt.text()).isEqualTo(pages.slice(first) + "\n\n" + pages.slice(third));
    Span inThird = new Span(first.length() + 2, first.length() + 2 + third.length());
    assertThat(excerpt.toOriginal(inThird)).isEqualTo(pages.toOriginal(third));
    assertThat(excerpt.originalText(inThird)).isEqualTo(pages.originalText(third));
  }

  @Test
  void aDocumentThatFitsIsMatchedWhole() {
    assertThat(Windows.plan(pages, articles, Limits.DEFAULT_WINDOW_CHARS, Limits.DEFAULT_REGION_CHARS)).isEmpty();
  }

  private static Paragraph onlyParagraph(NormalizedText text) {
    List<Article> a = new Segmenter().segment(text);
    assertThat(a).hasSize(1);
    assertThat(a.get(0).paragraphs()).hasSize(1);
    return a.get(0).paragraphs().get(0);
  }

  private static void assertCoversInPieces(Paragraph p, List<Paragraph> pieces, int limit) {
    List<Span> spans = new ArrayList<>(pieces.stream().map(Paragraph::span).toList());
    assertThat(spans.get(0).start()).isEqualTo(p.span().start());
    assertThat(spans.get(spans.size() - 1).end()).isEqualTo(p.span().end());
    for (int i = 0; i < spans.size(); i++) {
      assertThat(spans.get(i).length()).isBetween(1, limit);
      if (i > 0) {
        assertThat(spans.get(i).start()).isEqualTo(spans.get(i - 1).end());
      }
    }
    Optional<Span> outside =
        pieces.stream().flatMap(x -> x.sentences().stream().filter(s -> !x.span().contains(s))).findFirst();
    assertThat(outside).isEmpty();
  }
}
