package io.baoxun.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.Bindings;
import io.baoxun.check.CrossDocumentChecker;
import io.baoxun.check.FactRef;
import io.baoxun.fact.FieldValue;
import io.baoxun.pipeline.Input;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** What crosses between workers comes back equal, decimals with their written scale. */
class CodersTest {
  private static final FieldValue.Quantity PERCENT = FieldValue.Quantity.of(new BigDecimal("88.10"), "%");

  private static <T> T roundTrip(Coder<T> coder, T value) throws CoderException {
    return CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value));
  }

  @Test
  void everyKindOfFieldValue() throws Exception {
    Map<String, FieldValue> record = new LinkedHashMap<>();
    record.put("what", new FieldValue.Text("确诊病例"));
    record.put("value", FieldValue.Number.of(7));
    List<FieldValue> values = List.of(
        FieldValue.Null.INSTANCE,
        new FieldValue.Text("全市"),
        new FieldValue.Text("长".repeat(40_000)),
        new FieldValue.Number(new BigDecimal("5183000")),
        PERCENT,
        new FieldValue.Quantity(null, new BigDecimal(7), new BigDecimal(8), "位", null),
        new FieldValue.Quantity(new BigDecimal("20000"), null, null, "名", "余"),
        new FieldValue.Time("XXXX-03-20T12:00"),
        new FieldValue.Interval(new FieldValue.Time("XXXX-01-06"), new FieldValue.Time("XXXX-01-07TMO")),
        new FieldValue.Duration("PT24H"),
        new FieldValue.Person("李平", "通讯员"),
        new FieldValue.Person("郑直", null),
        new FieldValue.ListValue(List.of(new FieldValue.Person("李平", null), FieldValue.Null.INSTANCE)),
        new FieldValue.RecordValue(record));
    for (FieldValue v : values) {
      assertThat(roundTrip(FieldValueCoder.of(), v)).isEqualTo(v);
    }
    FieldValue.Quantity back = (FieldValue.Quantity) roundTrip(FieldValueCoder.of(), PERCENT);
    assertThat(back.value().toPlainString()).isEqualTo("88.10");
  }

  @Test
  void recordFieldsKeepTheirWrittenOrder() throws Exception {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("z", FieldValue.Number.of(1));
    fields.put("a", FieldValue.Number.of(2));
    FieldValue.RecordValue back = (FieldValue.RecordValue) roundTrip(FieldValueCoder.of(), new FieldValue.RecordValue(fields));
    assertThat(back.fields().keySet()).containsExactly("z", "a");
  }

  @Test
  void inputsOfEveryKindWithTheirPlaces() throws Exception {
    byte[] bytes = {'a', (byte) 0xFF, 0};
    PlacedInput b = roundTrip(PlacedInputCoder.of(), new PlacedInput(List.of(0, 3, 0), new Input.Bytes("seeds/x.txt", bytes)));
    assertThat(b.place()).containsExactly(0, 3, 0);
    assertThat(((Input.Bytes) b.input()).bytes()).containsExactly(bytes);
    assertThat(((Input.Bytes) b.input()).name()).isEqualTo("seeds/x.txt");

    PlacedInput t = new PlacedInput(List.of(2, 0, 5), new Input.Text("j1", "截至3月20日"));
    assertThat(roundTrip(PlacedInputCoder.of(), t)).isEqualTo(t);
    PlacedInput u = PlacedInput.at(9, new Input.Unreadable("docs.jsonl:4", "not valid JSON"));
    assertThat(roundTrip(PlacedInputCoder.of(), u)).isEqualTo(u);
  }

  @Test
  void keptFactsWithOrWithoutABoundValueAndNestedInCollections() throws Exception {
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    fields.put("asOf", new FieldValue.Time("XXXX-03-20T12:00"));
    fields.put("ratio", PERCENT);
    FactRef fact = new FactRef("seeds/a.txt", 16, 2, new FieldValue.Time("2022-03-20"), "TestingProgress", fields);
    PlacedKept withFact = new PlacedKept(List.of(1, 0, 0),
        new CrossDocumentChecker.Kept(0, List.of("t全市", "\u0000"), new Bindings.One(fact, null), fields.get("asOf")));
    PlacedKept withValue = new PlacedKept(List.of(1, 2, 0),
        new CrossDocumentChecker.Kept(1, List.of(), new Bindings.One(fact, PERCENT), FieldValue.Null.INSTANCE));

    assertThat(roundTrip(PlacedKeptCoder.of(), withFact)).isEqualTo(withFact);
    assertThat(roundTrip(PlacedKeptCoder.of(), withValue)).isEqualTo(withValue);
    // Nested in a list and a KV, as a group by key hands them on: each value ends where it should.
    KvCoder<String, List<PlacedKept>> nested = KvCoder.of(
        org.apache.beam.sdk.coders.StringUtf8Coder.of(), ListCoder.of(PlacedKeptCoder.of()));
    KV<String, List<PlacedKept>> kv = KV.of("k", List.of(withFact, withValue));
    assertThat(roundTrip(nested, kv)).isEqualTo(kv);
  }

  @Test
  void placesCompareNumberByNumber() {
    assertThat(PlacedInput.ORDER.compare(List.of(0, 9), List.of(1, 0))).isNegative();
    assertThat(PlacedInput.ORDER.compare(List.of(2, 10, 0), List.of(2, 9, 7))).isPositive();
    assertThat(PlacedInput.ORDER.compare(List.of(2), List.of(2, 0))).isNegative();
    assertThat(PlacedInput.ORDER.compare(List.of(3, 1), List.of(3, 1))).isZero();
  }
}
