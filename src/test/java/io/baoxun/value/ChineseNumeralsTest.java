package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
      "二十|20", "两百|200", "一千零十二|1012", "四千零四万|40040000", "零点五|0.5", "十五|15", "十|10",
      "一百零一万一千|1011000", "四亿五千六百四十二万零一十五|456420015", "五亿零六|500000006",
      "九百九|990", "一万三|13000", "百三|130", "千三|1300", "两千三点一|2300.1", "四万万|400000000",
      "壹佰伍拾|150", "肆拾肆|44", "倆千两百贰拾二|2222", "十萬|100000", "一万五千亿|1500000000000",
      "518.3万|5183000", "4.78万亿|4780000000000", "1,050,000|1050000", "3万4000|34000", "5万4千6百|54600",
      "25万6千|256000", "2千零30万|20300000", "1,100.9亿|110090000000", "40k|40000", "2e5|200000",
      ".5|0.5", "五兆六十二亿四万五千二|5006200045200", "二〇二二|2022", "一〇八|108", "廿|20"})
  void exactValues(String text, String value) {
    NumberValue n = ChineseNumerals.parse(text).orElseThrow();
    assertThat(n.isRange()).isFalse();
    assertThat(n.value()).isEqualByComparingTo(value);
  }

  @Test
  void keepsTheWrittenScaleAndNeverPrintsAnExponent() {
    assertThat(Decimals.plain(ChineseNumerals.parse("518.3万").orElseThrow().value())).isEqualTo("5183000");
    assertThat(Decimals.plain(ChineseNumerals.parse("88.10").orElseThrow().value())).isEqualTo("88.10");
    assertThat(Decimals.plain(ChineseNumerals.parse("1.00万").orElseThrow().value())).isEqualTo("10000");
    assertThat(Decimals.plain(ChineseNumerals.parse("12.32e+14").orElseThrow().value())).isEqualTo("1232000000000000");
    assertThat(Decimals.plain(ChineseNumerals.parse("0.05").orElseThrow().value())).isEqualTo("0.05");
  }

  @ParameterizedTest(name = "{0} = {1}..{2}")
  @CsvSource(delimiter = '|', value = {
      "三四|3|4", "七八|7|8", "七八十|70|80", "十七八|17|18", "一两|1|2", "两三|2|3", "三四十万|300000|400000",
      "二三十|20|30"})
  void neighbouringDigitsAreARange(String text, String min, String max) {
    NumberValue n = ChineseNumerals.parse(text).orElseThrow();
    assertThat(n.min()).isEqualByComparingTo(min);
    assertThat(n.max()).isEqualByComparingTo(max);
  }

  @ParameterizedTest
  @CsvSource({"十百", "一一", "三五", "万", "万万", "九九", "十一五", "二二", "点五", "三三两两"})
  void nonNumbers(String text) {
    assertThat(ChineseNumerals.parse(text)).isEmpty();
  }

  @Test
  void digitSequences() {
    assertThat(ChineseNumerals.digitSequence("二〇二二")).contains("2022");
    assertThat(ChineseNumerals.digitSequence("三八")).contains("38");
    assertThat(ChineseNumerals.digitSequence("十八")).isEmpty();
  }

  @Test
  void fractionsAreExactWhenTheyEndAndRoundedOnceWhenNot() {
    assertThat(Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(2))).isEqualTo(new BigDecimal("0.5"));
    assertThat(Decimals.divide(BigDecimal.valueOf(144), BigDecimal.valueOf(25))).isEqualTo(new BigDecimal("5.76"));
    assertThat(Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(3))).isEqualTo(new BigDecimal("0.333333333333333"));
    assertThat(Decimals.divide(BigDecimal.valueOf(10), BigDecimal.ONE).toPlainString()).isEqualTo("10");
  }

  /** Every integer written in Chinese the standard way reads back as itself. */
  @Property(tries = 500)
  void chineseIntegersReadBack(@ForAll @LongRange(min = 1, max = 999_999_999_999L) long n) {
    assertThat(ChineseNumerals.parse(chinese(n)).orElseThrow().value()).isEqualByComparingTo(BigDecimal.valueOf(n));
  }

  /** Arabic numbers with 万 or 亿 are exact: no binary floating point anywhere. */
  @Property(tries = 300)
  void arabicWithMultipliersIsExact(@ForAll @LongRange(min = 1, max = 99_999_999) long tenths) {
    String written = BigDecimal.valueOf(tenths, 1).toPlainString();
    assertThat(ChineseNumerals.parse(written + "万").orElseThrow().value())
        .isEqualByComparingTo(BigDecimal.valueOf(tenths).movePointRight(3));
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** Standard Chinese numerals: 零 for skipped places, sections of 万 and 亿. */
  static String chinese(long n) {
    if (n >= 100_000_000L) {
      long rest = n % 100_000_000L;
      return chinese(n / 100_000_000L) + "亿" + (rest == 0 ? "" : (rest < 10_000_000L ? "零" : "") + chinese(rest));
    }
    if (n >= 10_000L) {
      long rest = n % 10_000L;
      return section(n / 10_000L) + "万" + (rest == 0 ? "" : (rest < 1000 ? "零" : "") + section(rest));
    }
    return section(n);
  }

  private static String section(long n) {
    StringBuilder b = new StringBuilder();
    String[] units = {"千", "百", "十", ""};
    long[] powers = {1000, 100, 10, 1};
    boolean zero = false;
    boolean started = false;
    for (int i = 0; i < 4; i++) {
      int d = (int) (n / powers[i] % 10);
      if (d == 0) {
        zero = started;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      b.append(DIGITS.charAt(d)).append(units[i]);
      started = true;
    }
    return b.toString();
  }
}
