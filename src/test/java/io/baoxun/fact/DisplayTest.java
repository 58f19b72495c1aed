package io.baoxun.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisplayTest {
  @Test
  void quantitiesShowNumberUnitAndHedge() {
    assertThat(Display.of(FieldValue.Quantity.of(new BigDecimal("5183000"), "人次"))).isEqualTo("5183000 人次");
    assertThat(Display.of(new FieldValue.Quantity(new BigDecimal("20000"), null, null, "名", "余")))
        .isEqualTo("20000 名 余");
    assertThat(Display.of(new FieldValue.Quantity(null, BigDecimal.valueOf(7), BigDecimal.valueOf(8), "位", null)))
        .isEqualTo("7-8 位");
  }

  @Test
  void percentsKeepTheirWrittenScale() {
    assertThat(Display.of(FieldValue.Quantity.of(new BigDecimal("88.10"), "%"))).isEqualTo("88.10%");
    assertThat(Display.of(FieldValue.Quantity.of(new BigDecimal("88.1"), "%"))).isEqualTo("88.1%");
  }

  @Test
  void timesIntervalsPersonsListsRecords() {
    assertThat(Display.of(new FieldValue.Time("XXXX-03-20T12:00"))).isEqualTo("XXXX-03-20T12:00");
    assertThat(Display.of(new FieldValue.Interval(new FieldValue.Time("XXXX-01-06"), new FieldValue.Time("XXXX-01-07TMO"))))
        .isEqualTo("XXXX-01-06/XXXX-01-07TMO");
    FieldValue people =
        new FieldValue.ListValue(List.of(new FieldValue.Person("李平", "通讯员"), new FieldValue.Person("郑直", null)));
    assertThat(Display.of(people)).isEqualTo("[李平/通讯员, 郑直]");
    Map<String, FieldValue> item = new LinkedHashMap<>();
    item.put("what", new FieldValue.Text("核酸检测"));
    item.put("value", FieldValue.Number.of(71));
    item.put("unit", FieldValue.Null.INSTANCE);
    assertThat(Display.of(new FieldValue.RecordValue(item))).isEqualTo("{what: 核酸检测, value: 71, unit: null}");
    assertThat(Display.of(FieldValue.Null.INSTANCE)).isEqualTo("null");
  }
}
