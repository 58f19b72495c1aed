package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.text.Span;
import org.junit.jupiter.api.Test;

class BratTextTest {
  /** 𠮷 (U+20BB7) lies outside the BMP: one code point, two UTF-16 units. */
  private static final String TEXT = "𠮷野家\r\n79.4万人次";

  @Test
  void bratsServerCountsCodePointsAndReadsCrLfAsOne() {
    BratText brat = BratText.of(TEXT, BratText.Counting.BRAT);
    // baoxun: 𠮷 野 家 \r \n 7 → 79.4 starts at 5; brat: 𠮷 野 家 \n → it starts at 4.
    assertThat(brat.unitOffset(5)).isEqualTo(4);
    assertThat(brat.slice(4, 11)).isEqualTo("79.4万人次");
    assertThat(brat.toOriginal(4, 11)).contains(new Span(5, 12));
    assertThat(brat.slice(0, 4)).isEqualTo("𠮷野家\n");
    assertThat(brat.length()).isEqualTo(11);
  }

  @Test
  void javaAndJavaScriptToolsCountUtf16Units() {
    BratText utf16 = BratText.of(TEXT, new BratText.Counting(true, false, false));
    // 𠮷 takes two units, CR LF two: 79.4 starts at unit 6.
    assertThat(utf16.slice(6, 13)).isEqualTo("79.4万人次");
    assertThat(utf16.toOriginal(6, 13)).contains(new Span(5, 12));
    // Between the halves of 𠮷 is no place in the text.
    assertThat(utf16.isBoundary(1)).isFalse();
    assertThat(utf16.toOriginal(1, 3)).isEmpty();
    assertThat(utf16.slice(0, 2)).isEqualTo("𠮷");
  }

  @Test
  void aBomIsACharacterToBratButNotToBaoxun() {
    BratText withBom = BratText.of("本报讯", new BratText.Counting(false, true, true));
    assertThat(withBom.slice(1, 4)).isEqualTo("本报讯");
    assertThat(withBom.toOriginal(1, 4)).contains(new Span(0, 3));
  }

  @Test
  void countingsTryBratsServerFirst() {
    assertThat(BratText.countings(false)).first().isEqualTo(BratText.Counting.BRAT);
    assertThat(BratText.countings(false)).hasSize(4);
    assertThat(BratText.countings(true)).hasSize(8).first().isEqualTo(new BratText.Counting(false, true, true));
  }
}
