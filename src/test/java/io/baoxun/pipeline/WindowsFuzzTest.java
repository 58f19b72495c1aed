package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.baoxun.BuiltInPack;
import io.baoxun.fact.Fact;
import io.baoxun.robust.Mutations;
import io.baoxun.rule.Engine;
import io.baoxun.rule.ReadContext;
import io.baoxun.segment.Article;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzing of matching in windows (documents are small here, so windows and pieces are made small
 * too): whatever the segmenter made of a damaged page, every window maps back into the original,
 * and windows of whole paragraphs find exactly what the whole document gives.
 */
class WindowsFuzzTest {
  private static final Supplier<Engine> ENGINE = Suppliers.memoize(() -> BuiltInPack.get().newEngine());

  @Provide
  Arbitrary<byte[]> damaged() {
    return Combinators.combine(Mutations.seedExcerpts(3_000), Mutations.edits(4)).as(Mutations::apply);
  }

  @Property(tries = 40)
  void windows(@ForAll("damaged") byte[] bytes, @ForAll @IntRange(min = 16, max = 400) int region) {
    check(bytes, region);
  }

  @Property(tries = 5_000)
  @Tag("fuzz-long")
  void windowsLong(@ForAll("damaged") byte[] bytes, @ForAll @IntRange(min = 16, max = 400) int region) {
    check(bytes, region);
  }

  private static void check(byte[] bytes, int region) {
    Engine engine = ENGINE.get();
    if (!(Decoder.decode(bytes) instanceof DecodeResult.Decoded d)) {
      return;
    }
    NormalizedText text = NormalizedText.of(d.text());
    List<Article> articles = new Segmenter().segment(text);
    DocumentFacts whole = DocumentFacts.of("d", text, articles, engine, ReadContext.NONE, Limits.NONE);
    // Pieces of paragraphs: matches may be cut, but every fact still is its own original text.
    DocumentFacts cut = DocumentFacts.of("d", text, articles, engine, ReadContext.NONE, Limits.NONE.withWindows(region, region));
    for (Fact f : cut.facts()) {
      assertThat(text.originalSlice(f.span())).isEqualTo(f.text());
    }
    // Windows of whole paragraphs, smaller than most articles: nothing is lost or added.
    int longest = articles.stream().flatMap(a -> a.paragraphs().stream()).mapToInt(p -> p.span().length()).max().orElse(16);
    int headline = articles.stream().mapToInt(a -> a.headline().map(h -> h.length()).orElse(0)).max().orElse(0);
    int limit = Math.max(16, Math.max(longest, headline));
    DocumentFacts windowed = DocumentFacts.of("d", text, articles, engine, ReadContext.NONE, Limits.NONE.withWindows(limit, limit));
    assertThat(windowed.facts()).containsExactlyElementsOf(whole.facts());
  }
}
