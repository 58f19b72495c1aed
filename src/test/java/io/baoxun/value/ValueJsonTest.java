package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.io.ValueJson;
import io.baoxun.text.NormalizedText;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValueJsonTest {
  @Test
  void theContractEncodings() {
    assertThat(json(new Quantity(NumberValue.of(new BigDecimal("5183000")), "人次")))
        .isEqualTo("{\"value\":5183000,\"unit\":\"人次\"}");
    assertThat(json(new Quantity(NumberValue.of(new BigDecimal("20000")).hedged(Optional.of("余")), "名")))
        .isEqualTo("{\"value\":20000,\"unit\":\"名\",\"approx\":\"余\"}");
    assertThat(json(new Quantity(NumberValue.range(BigDecimal.valueOf(7), BigDecimal.valueOf(8)), "位")))
        .isEqualTo("{\"min\":7,\"max\":8,\"unit\":\"位\"}");
    assertThat(json(new Percent(NumberValue.of(new BigDecimal("88.10")), "%")))
        .isEqualTo("{\"value\":88.10,\"unit\":\"%\"}");
    assertThat(json(Timex.builder().month(3).day(18).partOfDay("TAF").build()))
        .isEqualTo("{\"value\":\"XXXX-03-18TAF\"}");
    assertThat(json(new Interval(Timex.builder().month(1).day(6).build(),
        Timex.builder().month(1).day(7).partOfDay("TMO").build())))
        .isEqualTo("{\"from\":{\"value\":\"XXXX-01-06\"},\"to\":{\"value\":\"XXXX-01-07TMO\"}}");
    assertThat(json(new Duration(NumberValue.of(BigDecimal.valueOf(14)), "D"))).isEqualTo("{\"value\":\"P14D\"}");
    assertThat(json(new Ordinal(BigDecimal.valueOf(3)))).isEqualTo("{\"value\":3}");
  }

  @Test
  void bigDecimalsArePlainAndExact() {
    BigDecimal big = new BigDecimal("5.183E+6");
    assertThat(json(NumberValue.of(big))).isEqualTo("{\"value\":5183000}");
    assertThat(json(NumberValue.of(new BigDecimal("0.10")))).isEqualTo("{\"value\":0.10}");
    assertThat(json(NumberValue.of(new BigDecimal("0.333333333333333")))).isEqualTo("{\"value\":0.333333333333333}");
    assertThat(ValueJson.encode(NumberValue.of(big)).toString()).isEqualTo("{\"value\":5183000}");
  }

  @Test
  void itemsCarryOriginalOffsetsAndText() {
    NormalizedText t = NormalizedText.of("全市完成 2 万余名");
    ValueFinder f = new ValueFinder(TestPack.grammar());
    String line = ValueJson.line(f.find(t.text(), Optional.empty()), t);
    assertThat(line).isEqualTo("[{\"type\":\"quantity\",\"start\":5,\"end\":10,\"text\":\"2 万余名\",\"value\":20000,"
        + "\"unit\":\"名\",\"approx\":\"余\"},{\"type\":\"number\",\"start\":5,\"end\":9,\"text\":\"2 万余\","
        + "\"value\":20000,\"approx\":\"余\"}]");
  }

  private static String json(Value v) {
    return ValueJson.toJson(v);
  }
}
