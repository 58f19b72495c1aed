package io.baoxun.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Amounts as printed: points, hedged intervals, ranges, and a percent's written precision. */
class AmountTest {
  private static Amount n(String v) {
    return Amount.exact(new BigDecimal(v));
  }

  private static Amount q(String v, String unit, String approx) {
    return Amount.of(new FieldValue.Quantity(new BigDecimal(v), null, null, unit, approx));
  }

  private static Amount pct(String v) {
    return q(v, "%", null);
  }

  private static boolean holds(Amount a, String op, Amount b) {
    Truth t = a.compare(op, b);
    assertThat(t.isUnknown()).as("%s %s %s is known", a, op, b).isFalse();
    return t.isTrue();
  }

  // ----------------------------------------------------------------------- percent precision

  /** 98.7% holds for part/whole within half a unit of its last digit: 98.65% to 98.75%. */
  @Test
  void aPercentHoldsToHalfAUnitOfItsLastWrittenDigit() {
    Amount written = pct("98.7").withPrecision(new BigDecimal("98.7"));
    assertThat(written.show()).isEqualTo("98.65–98.75%");
    // 78 / 79 = 0.98734...
    assertThat(holds(n("78").dividedBy(n("79")), "==", written)).isTrue();
    // The edges are in: 0.9865 and 0.9875 round to 98.7 (half up, or half even from below).
    assertThat(holds(n("19730").dividedBy(n("20000")), "==", written)).isTrue();
    assertThat(holds(n("19750").dividedBy(n("20000")), "==", written)).isTrue();
    // Just outside is out, however little.
    assertThat(holds(n("19729").dividedBy(n("20000")), "==", written)).isFalse();
    assertThat(holds(n("197501").dividedBy(n("200000")), "==", written)).isFalse();
  }

  /** 88.10 has scale 2 (88.095 to 88.105); 88.1 only scale 1 (88.05 to 88.15). */
  @Test
  void trailingZerosOfAPercentArePrecision() {
    Amount p8810 = pct("88.10").withPrecision(new BigDecimal("88.10"));
    Amount p881 = pct("88.1").withPrecision(new BigDecimal("88.1"));
    assertThat(p8810.show()).isEqualTo("88.095–88.105%");
    assertThat(p881.show()).isEqualTo("88.05–88.15%");
    Amount ratio = n("8812").dividedBy(n("10000")); // 88.12%
    assertThat(holds(ratio, "==", p8810)).isFalse();
    assertThat(holds(ratio, "==", p881)).isTrue();
    Amount close = n("881040").dividedBy(n("1000000")); // 88.104%
    assertThat(holds(close, "==", p8810)).isTrue();
    // The two printings of one figure agree with each other.
    assertThat(holds(p8810, "==", p881)).isTrue();
  }

  @Test
  void aPercentAndAPlainNumberCompareAsFractions() {
    assertThat(holds(pct("50"), "==", n("0.5"))).isTrue();
    assertThat(holds(n("0.51"), ">", pct("50"))).isTrue();
    assertThat(pct("98.7").asFraction().show()).isEqualTo("0.987");
  }

  // ----------------------------------------------------------------------- hedges and ranges

  @Test
  void hedgedQuantitiesAreIntervals() {
    assertThat(q("20000", "名", "余").show()).isEqualTo("20000–30000 名");
    assertThat(q("300", "人", "余").show()).isEqualTo("300–400 人");
    assertThat(q("10", "人", "几").show()).isEqualTo("10–20 人");
    assertThat(q("300", "人", "近").show()).isEqualTo("200–300 人");
    assertThat(q("300", "人", "约").show()).isEqualTo("250–350 人");
    assertThat(q("300", "人", "左右").show()).isEqualTo("250–350 人");
    assertThat(q("60", "岁", "以上").show()).isEqualTo("≥60 岁");
    assertThat(q("300", "人", "超过").show()).isEqualTo(">300 人");
    assertThat(q("12", "岁", "以下").show()).isEqualTo("0–12 岁");
    assertThat(Amount.of(new FieldValue.Quantity(null, BigDecimal.valueOf(7), BigDecimal.valueOf(8), "位", null)).show())
        .isEqualTo("7–8 位");
  }

  /** 2万余 is at least 20000 and less than 30000; 近300 at most 300. */
  @Test
  void aHedgedTotalAcceptsWhatItsHedgeAllows() {
    Amount wanyu = q("20000", "名", "余");
    assertThat(holds(q("25000", "名", null), "==", wanyu)).isTrue();
    assertThat(holds(q("20000", "名", null), "==", wanyu)).isTrue();
    assertThat(holds(q("19999", "名", null), "==", wanyu)).isFalse();
    assertThat(holds(q("30000", "名", null), "==", wanyu)).isFalse(); // 3万 is no 2万余
    Amount jin = q("300", "人", "近");
    assertThat(holds(q("290", "人", null), "==", jin)).isTrue();
    assertThat(holds(q("300", "人", null), "==", jin)).isTrue();
    assertThat(holds(q("301", "人", null), "==", jin)).isFalse();
    // 近300 may be 250, so 300 may be more; it is more than 200, so 200 cannot be.
    assertThat(holds(q("300", "人", null), ">", jin)).isTrue();
    assertThat(holds(q("200", "人", null), ">", jin)).isFalse();
  }

  @Test
  void comparisonsAskWhetherThePrintedAmountsCanStandSo() {
    Amount range = Amount.of(new FieldValue.Quantity(null, BigDecimal.valueOf(7), BigDecimal.valueOf(8), "位", null));
    Amount seven = q("7", "位", null);
    assertThat(holds(seven, "<=", range)).isTrue();
    assertThat(holds(seven, "<", range)).isTrue(); // 7 < 8 may be
    assertThat(holds(seven, ">", range)).isFalse();
    assertThat(holds(seven, "!=", range)).isTrue();
    assertThat(holds(seven, "!=", seven)).isFalse();
  }

  // ----------------------------------------------------------------------- arithmetic

  @Test
  void sumsOfIntervalsAddTheirBoundsAndKeepTheUnit() {
    Amount sum = q("10", "例", "余").plus(q("5", "例", null));
    assertThat(sum.show()).isEqualTo("15–25 例");
    assertThat(holds(sum, "==", q("15", "例", null))).isTrue();
    assertThat(holds(sum, "==", q("25", "例", null))).isFalse(); // 10余 is less than 20
  }

  @Test
  void unitsThatDoNotAddAreUndefinedAndUnitsThatDifferAreUnknown() {
    assertThatThrownBy(() -> q("1", "例", null).plus(q("1", "人", null)))
        .isInstanceOf(Amount.Undefined.class)
        .hasMessage("cannot add 例 and 人");
    assertThat(q("1", "例", null).compare("==", q("1", "人", null)).reason()).isEqualTo("units differ: 例 and 人");
    // A plain number takes the quantity's unit.
    assertThat(q("3", "例", null).plus(n("2")).show()).isEqualTo("5 例");
  }

  @Test
  void exactDecimalsThroughout() {
    assertThat(n("0.1").plus(n("0.2")).show()).isEqualTo("0.3");
    assertThat(holds(n("0.1").plus(n("0.2")), "==", n("0.3"))).isTrue();
    assertThat(n("1").dividedBy(n("3")).show()).isEqualTo("0.333333");
    assertThat(n("78").dividedBy(n("79")).round(4).show()).isEqualTo("0.9873");
  }

  @Test
  void divisionByWhatMayBeZeroIsUndefined() {
    assertThatThrownBy(() -> n("1").dividedBy(n("0"))).hasMessage("division by zero");
    assertThatThrownBy(() -> n("1").dividedBy(q("10", "人", "以下"))).hasMessage("division by an amount that may be zero");
  }

  @Test
  void aRatioOfHedgedCountsSpansWhatTheyAllow() {
    // 78 of 近80 (70..80]: 97.5% to 111.4%.
    Amount r = q("78", "个", null).dividedBy(q("80", "个", "近"));
    assertThat(r.unit()).isNull();
    assertThat(r.show()).isEqualTo("0.975–1.11429");
    assertThat(holds(r, "==", pct("98.7").withPrecision(new BigDecimal("98.7")))).isTrue();
  }
}
