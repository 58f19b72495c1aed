package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.io.ValueJson;
import io.baoxun.text.NormalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueFinderTest {
  private final ValueFinder finder = new ValueFinder(TestPack.grammar());

  /** type «original text» short-value, for each item of a normalised original. */
  private List<String> find(String original) {
    return find(original, Optional.empty());
  }

  private List<String> find(String original, Optional<LocalDate> ref) {
    NormalizedText t = NormalizedText.of(original);
    return finder.find(t.text(), ref).stream()
        .map(i -> i.type() + " «" + t.originalText(i.span()) + "» " + i.value().display())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2万余名|20000 名 ~余", "60多岁|60 岁 ~多", "近300人|300 人 ~近", "约300人|300 人 ~约",
      "300人左右|300 人 ~左右", "超过20家|20 家 ~超过", "逾百人|100 人 ~逾", "十几个|10 个 ~几",
      "100余万元|1000000 元 ~余", "60岁以上|60 岁 ~以上"})
  void eachHedgeIsKept(String text, String value) {
    assertThat(find(text)).first().isEqualTo("quantity «" + text + "» " + value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "三四批|3..4 批", "七八位|7..8 位", "3至5例|3..5 例", "3-5例|3..5 例", "3~5例|3..5 例",
      "3—5例|3..5 例", "3到5万元|30000..50000 元", "二三十人|20..30 人", "12~17岁|12..17 岁"})
  void eachRangeForm(String text, String value) {
    assertThat(find(text)).first().isEqualTo("quantity «" + text + "» " + value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"7%—10%|7..10 %", "7%-10%|7..10 %", "7-10%|7..10 %", "百分之七到百分之十|7..10 %"})
  void percentRanges(String text, String value) {
    assertThat(find(text)).containsExactly("percent «" + text + "» " + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"十分重要", "一线", "一起", "统一", "第一时间", "万一", "举一反三", "一成不变", "一次性", "十四五规划"})
  void wordsWithNumeralsAreNoValues(String text) {
    assertThat(find(text)).isEmpty();
  }

  @Test
  void aRateIsNeitherDurationNorCount() {
    assertThat(find("返莘人员实行三天两检。")).isEmpty();
    assertThat(find("一周两次")).isEmpty();
    assertThat(find("每周两次")).containsExactly("quantity «两次» 2 次", "number «两» 2");
  }

  @Test
  void agesAreQuantitiesNotTimes() {
    assertThat(find("12~17岁人群")).containsExactly("quantity «12~17岁» 12..17 岁", "number «12~17» 12..17");
  }

  @Test
  void aWrittenYearIsAYear() {
    assertThat(find("二〇二二年")).containsExactly("time «二〇二二年» 2022");
    assertThat(find("工作3年")).containsExactly("duration «3年» P3Y", "number «3» 3");
  }

  @Test
  void aBatchIsAQuantity() {
    assertThat(find("一批重点项目")).containsExactly("quantity «一批» 1 批", "number «一» 1");
  }

  @Test
  void quantitiesCarryTheirNumberAsANestedItem() {
    NormalizedText t = NormalizedText.of("完成检测518.3万人次");
    List<ValueItem> items = finder.find(t.text(), Optional.empty());
    assertThat(items).extracting(ValueItem::type).containsExactly("quantity", "number");
    assertThat(items.get(0).nested()).isFalse();
    assertThat(items.get(1).nested()).isTrue();
    assertThat(items.get(1).span().start()).isEqualTo(items.get(0).span().start());
  }

  @Test
  void spacesAndHardWrapsOfThePrintedPageDoNotMatter() {
    assertThat(find("截至 3 月 20 日 12 时，莘县\n已完成检测 79.4 万人次，完成比例\n85.35%")).containsExactly(
        "time «3 月 20 日 12 时» XXXX-03-20T12:00",
        "quantity «79.4 万人次» 794000 人次",
        "number «79.4 万» 794000",
        "percent «85.35%» 85.35 %");
    assertThat(find("全市完成核酸检测 518.3\n\n万人次")).containsExactly(
        "quantity «518.3\n\n万人次» 5183000 人次", "number «518.3\n\n万» 5183000");
    assertThat(find("全市 2 万余名物业人员")).first().isEqualTo("quantity «2 万余名» 20000 名 ~余");
    assertThat(find("完成比例８８．１０％")).containsExactly("percent «８８．１０％» 88.10 %");
  }

  @Test
  void aYearIsNeverGuessed() {
    Optional<LocalDate> ref = Optional.of(LocalDate.of(2022, 3, 20));
    assertThat(find("3月18日下午", ref)).containsExactly("time «3月18日下午» XXXX-03-18TAF");
    assertThat(find("29日", ref)).containsExactly("time «29日» XXXX-XX-29");
    assertThat(find("昨天下午", ref)).containsExactly("time «昨天下午» 2022-03-19TAF");
    assertThat(find("今年1月15日", ref)).containsExactly("time «今年1月15日» 2022-01-15");
    assertThat(find("昨天下午")).containsExactly("time «昨天下午» OFFSET P-1D TAF");
    assertThat(find("截至目前", ref)).containsExactly("time «目前» PRESENT_REF");
  }

  @Test
  void intervalsLendTheEndWhatItDoesNotSay() {
    assertThat(find("1月6日至7日上午")).containsExactly("interval «1月6日至7日上午» XXXX-01-06/XXXX-01-07TMO");
    assertThat(find("18—24时")).containsExactly("interval «18—24时» T18:00/T24:00");
  }

  @Test
  void numbersInsideCodesAndNamesAreLeftAlone() {
    assertThat(find("戴N95口罩")).isEmpty();
    assertThat(find("电话888-000-9999")).isEmpty();
    assertThat(find("IP 192.168.1.1")).isEmpty();
    assertThat(find("5G基站")).isEmpty();
  }

  @Test
  void seedPagesGiveTheirKnownFigures() throws IOException {
    String page = Files.readString(Path.of("seeds/000_346f90c6c90c1c6c.txt"));
    NormalizedText t = NormalizedText.of(page);
    List<String> items = finder.find(t.text(), Optional.empty()).stream()
        .map(i -> ValueJson.toJson(i.value()))
        .toList();
    assertThat(items).contains(
        "{\"value\":5183000,\"unit\":\"人次\"}",
        "{\"value\":88.10,\"unit\":\"%\"}",
        "{\"value\":794000,\"unit\":\"人次\"}",
        "{\"value\":\"XXXX-03-18TAF\"}",
        "{\"value\":\"XXXX-03-20T12:00\"}",
        "{\"value\":\"XXXX-03-18T00:00\"}",
        "{\"value\":20000,\"unit\":\"名\",\"approx\":\"余\"}",
        "{\"min\":7,\"max\":10,\"unit\":\"%\"}",
        "{\"min\":3,\"max\":4,\"unit\":\"批\"}");
  }

  @Test
  void allSeedsAsOnePageGiveTheSameItemsAsEachPageAlone() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        all.append(Files.readString(p)).append("\n\n");
      }
    }
    // Speed is measured in the benchmarks (house rule: no timed unit tests); here, a long page is
    // read completely and a warm matcher gives the same answer as a cold one.
    String text = NormalizedText.of(all.toString()).text();
    List<ValueItem> cold = finder.find(text, Optional.empty());
    List<ValueItem> warm = finder.find(text, Optional.empty());
    assertThat(cold).hasSizeGreaterThan(500);
    assertThat(warm).isEqualTo(cold);
  }
}
