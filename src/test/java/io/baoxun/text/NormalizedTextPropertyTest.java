package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of normalisation over generated pages (jqwik, default number of tries). */
class NormalizedTextPropertyTest {
  /** Pieces that exercise every rule: CJK, digits, units, spaces, full-width, breaks, junk. */
  private static final String[] FRAGMENTS = {
    // CJK, units, dateline words
    "李", "平", "检测", "万", "人次", "本报讯", "截至", "月", "日", "时", "例", "个", "〇",
    // digits and numbers
    "0", "3", "18", "79.4", "518.", ".", "12", "85.35",
    // unit symbols
    "%", "％", "℃",
    // spaces
    " ", "  ", "\u3000", "\u00a0", "\t",
    // full-width forms
    "３", "９", "，", "（", "）", "：", "；", "！", "？", "．", "Ａ", "｡", "￥",
    // line breaks
    "\n", "\n", "\r", "\r\n", "\n\n", "\u000c", "\u2028", "\u0085",
    // deleted characters
    "\uFFFD", "\uFFFD\uFFFD", "\u200B", "\uFEFF", "\u0001", "\u007F",
    // punctuation
    "。", "、", "“", "”", "《", "》", "—", "…", ",", ".", ";", "!", "?", "(", ")", "\"", "■",
    // supplementary characters: a Han name character, an emoji, a mathematical digit
    "\uD840\uDC00", "\uD83D\uDE00", "\uD835\uDFD8",
    // Latin
    "RCEP", "a", "Z", "COVID",
    // lone surrogates
    "\uD800", "\uDC00",
  };

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> pages =
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(40);
    return Arbitraries.frequencyOf(Tuple.of(5, pages), Tuple.of(1, anything));
  }

  @Property
  void mapIsStrictlyIncreasingAndWithinTheOriginal(@ForAll("texts") String original) {
    NormalizedText n = NormalizedText.of(original);
    int previous = -1;
    for (int i = 0; i < n.length(); i++) {
      int o = n.originalOffset(i);
      assertThat(o).isGreaterThan(previous).isLessThan(n.originalLength());
      previous = o;
    }
    assertThat(n.originalOffset(n.length())).isEqualTo(n.originalLength());
    assertThat(n.originalLength()).isEqualTo(original.codePointCount(0, original.length()));
    assertThat(n.length()).isEqualTo(n.text().codePointCount(0, n.text().length()));
  }

  @Property
  void spansMapBackToOriginalSlicesThatFoldToTheNormalisedSlice(@ForAll("texts") String original) {
    NormalizedText n = NormalizedText.of(original);
    int[] originalCps = original.codePoints().toArray();
    int[] textCps = n.text().codePoints().toArray();
    for (int s = 0; s <= n.length(); s++) {
      for (int e : new int[] {s, s + 1, s + 2, s + 5, n.length()}) {
        if (e > n.length()) {
          continue;
        }
        Span span = new Span(s, e);
        Span o = n.toOriginal(span);
        String expected =
            original.substring(
                original.offsetByCodePoints(0, o.start()), original.offsetByCodePoints(0, o.end()));
        assertThat(n.originalText(span)).isEqualTo(expected);
        assertThat(n.slice(span)).isEqualTo(new String(textCps, s, e - s));

        // Keep only the original code points the map points at: they fold to the normalised slice;
        // everything else inside the mapped span was deleted, and only deletable things are.
        StringBuilder kept = new StringBuilder();
        int next = s;
        for (int p = o.start(); p < o.end(); p++) {
          if (next < e && n.originalOffset(next) == p) {
            kept.appendCodePoint(Folding.fold(originalCps[p]));
            next++;
          } else {
            assertThat(CharClass.kind(originalCps[p])).isNotEqualTo(CharClass.KEEP);
          }
        }
        assertThat(next).isEqualTo(e);
        assertThat(kept.toString()).isEqualTo(n.slice(span));
        if (!span.isEmpty()) {
          assertThat(n.fromOriginal(o)).isEqualTo(span);
        }
      }
    }
  }

  @Property
  void onlyWhiteSpaceAndJunkIsDeleted(@ForAll("texts") String original) {
    NormalizedText n = NormalizedText.of(original);
    int[] cps = original.codePoints().toArray();
    boolean[] mapped = new boolean[cps.length];
    for (int i = 0; i < n.length(); i++) {
      mapped[n.originalOffset(i)] = true;
    }
    for (int p = 0; p < cps.length; p++) {
      if (!mapped[p]) {
        assertThat(CharClass.kind(cps[p])).as("deleted U+%04X", cps[p]).isNotEqualTo(CharClass.KEEP);
      }
    }
  }

  @Property
  void normalisationIsIdempotent(@ForAll("texts") String original) {
    String once = NormalizedText.of(original).text();
    assertThat(NormalizedText.of(once).text()).isEqualTo(once);
  }

  @Property
  void noLineBreakIsIntroduced(@ForAll("texts") String original) {
    NormalizedText n = NormalizedText.of(original);
    for (int i = 0; i < n.length(); i++) {
      if (n.codePointAt(i) == '\n') {
        int o = n.originalOffset(i);
        assertThat(Folding.isLineBreak(original.codePointAt(original.offsetByCodePoints(0, o))))
            .isTrue();
      }
    }
    if (original.codePoints().noneMatch(Folding::isLineBreak)) {
      assertThat(n.text()).doesNotContain("\n");
    }
  }

  @Property
  void normalisedTextHasTidyWhiteSpaceAndNoJunk(@ForAll("texts") String original) {
    String t = NormalizedText.of(original).text();
    assertThat(t).doesNotContain("  ", " \n", "\n ", "\n\n\n", "\r", "\t", "\u3000", "\uFFFD");
    assertThat(t).doesNotStartWith(" ").doesNotStartWith("\n").doesNotEndWith(" ").doesNotEndWith("\n");
    t.codePoints()
        .forEach(
            cp ->
                assertThat(cp == '\n' || CharClass.kind(cp) == CharClass.KEEP || cp == ' ')
                    .as("U+%04X", cp)
                    .isTrue());
  }

  @Property
  void codePointAndCharIndexesAgreeWithString(@ForAll("texts") String original) {
    NormalizedText n = NormalizedText.of(original);
    String t = n.text();
    for (int cp = 0; cp <= n.length(); cp++) {
      int c = n.charIndex(cp);
      assertThat(c).isEqualTo(t.offsetByCodePoints(0, cp));
      assertThat(n.codePointOffset(c)).isEqualTo(cp);
    }
    for (int cp = 0; cp <= n.originalLength(); cp++) {
      int c = n.originalCharIndex(cp);
      assertThat(c).isEqualTo(original.offsetByCodePoints(0, cp));
      assertThat(n.originalCodePointOffset(c)).isEqualTo(cp);
    }
  }
}
