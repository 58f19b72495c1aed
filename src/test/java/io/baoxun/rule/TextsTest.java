package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How original text reads as a field: layout spaces and breaks out, words kept apart. */
class TextsTest {
  @Test
  void dropsLayoutSpacesNextToChineseCharacters() {
    assertThat(Texts.asWords("冯  敏")).isEqualTo("冯敏");
    assertThat(Texts.asWords("本报 1月 11 日讯")).isEqualTo("本报1月11日讯");
    assertThat(Texts.asWords("李\n平")).isEqualTo("李平");
    assertThat(Texts.asWords("发放 《致广大群众一封信》")).isEqualTo("发放《致广大群众一封信》");
    assertThat(Texts.asWords("王\u3000强")).isEqualTo("王强");
  }

  @Test
  void keepsOneSpaceBetweenLatinWordsAndNoneAtTheEnds() {
    assertThat(Texts.asWords(" COVID  19 ")).isEqualTo("COVID 19");
    assertThat(Texts.asWords("Omicron BA.2 毒株")).isEqualTo("Omicron BA.2毒株");
    assertThat(Texts.asWords("\uFFFD全市")).isEqualTo("全市");
  }

  @Test
  void aTextWithNothingToTakeOutComesBackAsItIs() {
    String plain = "市委常委、常务副市长陈秀兴";
    assertThat(Texts.asWords(plain)).isSameAs(plain);
    assertThat(Texts.withoutBreaks(plain)).isSameAs(plain);
    assertThat(Texts.asWords("李\u0085平")).isEqualTo("李平");
    assertThat(Texts.withoutBreaks("李\uFFFD平")).isEqualTo("李平");
  }
}
