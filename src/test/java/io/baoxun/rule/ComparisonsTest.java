package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static FieldValue q(String v, String unit) {
    return FieldValue.Quantity.of(new BigDecimal(v), unit);
  }

  @Test
  void amountsCompareByValueNotScale() {
    assertThat(Comparisons.equal(q("88.10", "%"), q("88.1", "%"))).isTrue();
    assertThat(Comparisons.equal(q("3", "例"), q("3", "人"))).isFalse();
    assertThat(Comparisons.equal(new FieldValue.Number(new BigDecimal("3.0")), q("3", "例"))).isTrue();
  }

  @Test
  void nullEqualsOnlyNullAndNeverOrders() {
    assertThat(Comparisons.equal(FieldValue.Null.INSTANCE, FieldValue.Null.INSTANCE)).isTrue();
    assertThat(Comparisons.equal(FieldValue.Null.INSTANCE, new FieldValue.Text(""))).isFalse();
    assertThat(Comparisons.order(FieldValue.Null.INSTANCE, FieldValue.Number.of(1))).isNull();
  }

  @Test
  void quantitiesOfDifferentUnitsDoNotOrder() {
    assertThat(Comparisons.order(q("5", "例"), q("3", "例"))).isPositive();
    assertThat(Comparisons.order(q("5", "例"), q("3", "人"))).isNull();
    assertThat(Comparisons.order(q("5", "例"), FieldValue.Number.of(10))).isNegative();
  }

  @Test
  void textsCompareAsWritten() {
    assertThat(Comparisons.equal(new FieldValue.Text("新增"), new FieldValue.Text("新增"))).isTrue();
    assertThat(Comparisons.equal(new FieldValue.Text("新增"), new FieldValue.Text("现有"))).isFalse();
  }
}
