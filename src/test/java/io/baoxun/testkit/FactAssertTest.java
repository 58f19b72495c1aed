package io.baoxun.testkit;

import static io.baoxun.testkit.BaoxunAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.text.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test kit's assertions on hand-made facts: what they accept, and what their failures say. */
class FactAssertTest {
  private static final FieldValue.Quantity COMPLETED = FieldValue.Quantity.of(new BigDecimal("794000"), "人次");
  private static final FieldValue.Quantity RATIO = FieldValue.Quantity.of(new BigDecimal("88.10"), "%");

  private static Fact fact(String type, int start, int end, String text, Map<String, FieldValue> fields) {
    return new Fact(type, "test." + type.toLowerCase(java.util.Locale.ROOT), new Span(start, end), text, fields);
  }

  private static final List<Fact> FACTS = List.of(
      fact("TestingProgress", 0, 30, "截至3月20日12时，全市完成核酸检测518.3万人次", fields(
          "asOf", new FieldValue.Time("XXXX-03-20T12:00"),
          "region", new FieldValue.Text("全市"),
          "completed", COMPLETED,
          "ratio", RATIO,
          "origin", FieldValue.Null.INSTANCE)),
      fact("Person", 40, 52, "市委常委、常务副市长陈秀兴", fields(
          "name", new FieldValue.Text("陈秀兴"),
          "titles", new FieldValue.ListValue(List.of(new FieldValue.Text("市委常委"), new FieldValue.Text("常务副市长"))))),
      fact("Dateline", 60, 70, "本报讯（通讯员 李平）", fields(
          "reporters", new FieldValue.ListValue(List.of(new FieldValue.Person("李平", "通讯员"))))));

  private static Map<String, FieldValue> fields(Object... kv) {
    Map<String, FieldValue> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (FieldValue) kv[i + 1]);
    }
    return m;
  }

  @Test
  void numbersCompareAsDecimalsAndAQuantityByItsValue() {
    assertThat(FACTS).hasFact("TestingProgress")
        .withField("completed", 794000)
        .withField("completed", 794000L)
        .withField("completed", new BigDecimal("794000.00"))
        .withField("ratio", 88.1) // 88.1 is 88.10
        .withField("completed.value", 794000)
        .withField("completed.unit", "人次")
        .withQuantity("completed", 794000, "人次")
        .withQuantity("ratio", new BigDecimal("88.1"), "%");
  }

  @Test
  void textComparesWithTheDisplayForm() {
    assertThat(FACTS).hasFact("TestingProgress")
        .withField("asOf", "XXXX-03-20T12:00")
        .withField("asOf.value", "XXXX-03-20T12:00")
        .withField("completed", "794000 人次")
        .withField("ratio", "88.10%")
        .withField("region", "全市")
        .withField("origin", null)
        .withField("noSuchField", null)
        .withText("截至3月20日12时，全市完成核酸检测518.3万人次")
        .withTextContaining("核酸检测")
        .at(0, 30)
        .fromRule("test.testingprogress")
        .isUnique();
  }

  @Test
  void listsAndTheirItemsMatchInOrder() {
    assertThat(FACTS)
        .hasFact("Person").withField("titles", List.of("市委常委", "常务副市长")).withField("titles.1", "常务副市长")
        .and()
        .hasFact("Dateline").withField("reporters.0.name", "李平").withField("reporters.0.role", "通讯员")
        .withField("reporters", List.of("李平/通讯员"));
  }

  @Test
  void aWrongValueShowsWhatTheCandidatesHave() {
    assertThatThrownBy(() -> assertThat(FACTS).hasFact("TestingProgress").withField("region", "全市").withField("completed", 784000))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting a TestingProgress fact with region = \"全市\" and completed = 784000, "
            + "but the one TestingProgress fact with region = \"全市\" has:\n"
            + "  TestingProgress 0-30 «截至3月20日12时，全市完成核酸检测518.3万人次» completed: 794000 人次");
  }

  @Test
  void aQuantityInAnotherUnitIsNotAMatch() {
    assertThatThrownBy(() -> assertThat(FACTS).hasFact("TestingProgress").withQuantity("completed", 794000, "人"))
        .hasMessageContaining("with completed = 794000 人, but the one TestingProgress fact has:")
        .hasMessageContaining("completed: 794000 人次");
    assertThatThrownBy(() -> assertThat(FACTS).hasFact("TestingProgress").withField("ratio", 88.2))
        .hasMessageContaining("ratio: 88.10%");
  }

  @Test
  void aMissingTypeNamesTheTypesThereAre() {
    assertThatThrownBy(() -> assertThat(FACTS).hasFact("Rate"))
        .hasMessageContaining("Expecting a Rate fact, but there is none; the facts are Dateline ×1, Person ×1, TestingProgress ×1");
    assertThatThrownBy(() -> assertThat(FACTS).hasNoFact("Person"))
        .hasMessageContaining("Expecting no Person fact, but there are 1:\n  Person 40-52 «市委常委、常务副市长陈秀兴» {name: 陈秀兴, titles: [市委常委, 常务副市长]}");
    assertThatThrownBy(() -> assertThat(FACTS).hasFactCount("Person", 2))
        .hasMessageContaining("Expecting 2 Person fact(s), but there are 1");
    assertThat(FACTS).hasFactCount("Person", 1).hasNoFact("Rate");
  }

  @Test
  void aPercentSignInAMessageIsNotAFormat() {
    assertThatThrownBy(() -> assertThat(FACTS).hasFact("TestingProgress").withField("ratio", "88.1%"))
        .hasMessageContaining("ratio = \"88.1%\"")
        .hasMessageContaining("ratio: 88.10%");
  }
}
