package io.baoxun.check;

import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An amount as a check sees it: an interval of exact decimals with a unit, because a report does
 * not always print a point. {@code 7例} is the point 7; {@code 2万余} is [20000, 30000) (余, 多, 几:
 * up to the next unit of the last digit written); {@code 近300} is (200, 300]; {@code 约300} and
 * {@code 300左右} are [250, 350]; {@code 300以上} is [300, ∞); {@code 不足300} is [0, 300); {@code
 * 七八位} is [7, 8]. A percent written {@code 98.7%} is the point 98.7; {@link #withPrecision} makes
 * it [98.65, 98.75], half a unit of its last written digit either side.
 *
 * <p>Comparisons ask whether the printed amounts can be consistent: {@code ==} holds when the
 * intervals meet, {@code <} when some value of the left is below some value of the right. So a
 * check fails only when no reading of the hedges makes the report right.
 *
 * @param lo the lower bound, or null for none
 * @param loOpen whether {@code lo} itself is excluded
 * @param hi the upper bound, or null for none
 * @param hiOpen whether {@code hi} itself is excluded
 * @param unit the unit ({@code 例}, {@code %} for percent points), or null for a plain number
 */
public record Amount(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen, String unit) {
  /** Division keeps 34 significant digits: far finer than any written precision. */
  private static final MathContext DIVISION = MathContext.DECIMAL128;

  public Amount {
    if (lo != null && hi != null && lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval " + lo + ".." + hi);
    }
  }

  /** Why an amount cannot be computed (units that do not add, a division by zero). */
  public static final class Undefined extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Undefined(String reason) {
      super(reason, null, false, false);
    }
  }

  public static Amount exact(BigDecimal v, String unit) {
    return new Amount(v, false, v, false, unit);
  }

  public static Amount exact(BigDecimal v) {
    return exact(v, null);
  }

  /** The amount of a number, quantity or percent field value; null for any other value. */
  public static Amount of(FieldValue v) {
    if (v instanceof FieldValue.Number n) {
      return exact(n.value());
    }
    if (v instanceof FieldValue.Quantity q) {
      if (q.value() == null) {
        return new Amount(q.min(), false, q.max(), false, q.unit());
      }
      return hedged(q.value(), q.approx(), q.unit());
    }
    return null;
  }

  /**
   * The interval a hedged number stands for.
   *
   * @param approx the hedge word as the value layer gives it (余, 多, 几, 近, 约, 左右, 以上, ...)
   */
  public static Amount hedged(BigDecimal v, String approx, String unit) {
    if (approx == null) {
      return exact(v, unit);
    }
    BigDecimal u = lastDigitUnit(v);
    BigDecimal zero = v.signum() >= 0 ? BigDecimal.ZERO : null;
    return switch (approx) {
      case "余", "多", "几", "幾" -> new Amount(v, false, v.add(u), true, unit);
      case "近", "将近" -> new Amount(v.subtract(u), true, v, false, unit);
      case "以上", "及以上" -> new Amount(v, false, null, false, unit);
      case "超过", "逾" -> new Amount(v, true, null, false, unit);
      case "以下", "及以下" -> new Amount(zero, false, v, false, unit);
      case "不足", "不到" -> new Amount(zero, false, v, true, unit);
      // 约, 大约, 接近, 左右, 上下 and any hedge not known here: half a unit either side.
      default -> {
        BigDecimal half = u.divide(BigDecimal.valueOf(2));
        yield new Amount(v.subtract(half), false, v.add(half), false, unit);
      }
    };
  }

  /** The unit of the last non-zero digit: 20000 gives 10000, 300 gives 100, 2.5 gives 0.1. */
  public static BigDecimal lastDigitUnit(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ONE;
    }
    return BigDecimal.ONE.scaleByPowerOfTen(-v.stripTrailingZeros().scale());
  }

  /**
   * This amount widened by half a unit of the last digit {@code written} shows: a percent written
   * 88.10 becomes [88.095, 88.105], written 88.1 becomes [88.05, 88.15].
   */
  public Amount withPrecision(BigDecimal written) {
    BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-written.scale()).divide(BigDecimal.valueOf(2));
    return widen(half);
  }

  /** This amount widened by {@code t} either side (a tolerance). */
  public Amount widen(BigDecimal t) {
    return new Amount(
        lo == null ? null : lo.subtract(t), loOpen, hi == null ? null : hi.add(t), hiOpen, unit);
  }

  public boolean isPoint() {
    return lo != null && hi != null && lo.compareTo(hi) == 0;
  }

  public boolean isPercent() {
    return "%".equals(unit);
  }

  /** A percent as a fraction (98.7% is 0.987, no unit); other amounts as they are. */
  public Amount asFraction() {
    if (!isPercent()) {
      return this;
    }
    return new Amount(
        lo == null ? null : lo.movePointLeft(2), loOpen, hi == null ? null : hi.movePointLeft(2), hiOpen, null);
  }

  /** The same interval with another unit (a fraction shown as a percent). */
  public Amount withUnit(String u) {
    return new Amount(lo, loOpen, hi, hiOpen, u);
  }

  public Amount negate() {
    return new Amount(
        hi == null ? null : hi.negate(), hiOpen, lo == null ? null : lo.negate(), loOpen, unit);
  }

  public Amount plus(Amount o) {
    String u = sumUnit(o, "add");
    return new Amount(
        lo == null || o.lo == null ? null : lo.add(o.lo),
        loOpen || o.loOpen,
        hi == null || o.hi == null ? null : hi.add(o.hi),
        hiOpen || o.hiOpen,
        u);
  }

  public Amount minus(Amount o) {
    return plus(o.negate().withUnit(o.unit));
  }

  private String sumUnit(Amount o, String verb) {
    if (unit == null || o.unit == null || unit.equals(o.unit)) {
      return unit != null ? unit : o.unit;
    }
    throw new Undefined("cannot " + verb + " " + unit + " and " + o.unit);
  }

  /** The product; a percent counts as its fraction. A number times a quantity keeps the unit. */
  public Amount times(Amount other) {
    Amount a = asFraction();
    Amount b = other.asFraction();
    List<Ext> candidates = new ArrayList<>();
    for (Ext x : a.bounds()) {
      for (Ext y : b.bounds()) {
        candidates.add(x.times(y));
      }
    }
    return span(candidates, a.unit == null ? b.unit : b.unit == null ? a.unit : null);
  }

  /** The quotient (a ratio of two amounts of one unit has none); undefined when the divisor may be 0. */
  public Amount dividedBy(Amount other) {
    Amount a = asFraction();
    Amount b = other.asFraction();
    if (b.mayBeZero()) {
      throw new Undefined(b.isPoint() ? "division by zero" : "division by an amount that may be zero");
    }
    List<Ext> candidates = new ArrayList<>();
    for (Ext x : a.bounds()) {
      for (Ext y : b.bounds()) {
        candidates.add(x.dividedBy(y));
      }
    }
    String u = b.unit == null ? a.unit : null;
    return span(candidates, u);
  }

  private boolean mayBeZero() {
    boolean below = lo == null || lo.signum() < 0 || (lo.signum() == 0 && !loOpen);
    boolean above = hi == null || hi.signum() > 0 || (hi.signum() == 0 && !hiOpen);
    return below && above;
  }

  /** Rounded half up to {@code digits} decimals (each bound). */
  public Amount round(int digits) {
    return new Amount(
        lo == null ? null : lo.setScale(digits, RoundingMode.HALF_UP), loOpen,
        hi == null ? null : hi.setScale(digits, RoundingMode.HALF_UP), hiOpen, unit);
  }

  /**
   * Whether the two amounts can stand in relation {@code op} ({@code == != < <= > >=}) for some
   * value each; unknown when their units differ. A percent and a plain number compare as fractions.
   */
  public Truth compare(String op, Amount other) {
    Amount a = this;
    Amount b = other;
    if (a.isPercent() != b.isPercent() && (a.unit == null || b.unit == null)) {
      a = a.asFraction();
      b = b.asFraction();
    }
    if (a.unit != null && b.unit != null && !a.unit.equals(b.unit)) {
      return Truth.unknown("units differ: " + a.unit + " and " + b.unit);
    }
    return Truth.of(
        switch (op) {
          case "==" -> a.meets(b);
          case "!=" -> !(a.isPoint() && b.isPoint() && a.lo.compareTo(b.lo) == 0);
          case "<" -> strictlyBelow(a.lo, b.hi);
          case "<=" -> overlaps(a.lo, a.loOpen, b.hi, b.hiOpen);
          case ">" -> strictlyBelow(b.lo, a.hi);
          case ">=" -> overlaps(b.lo, b.loOpen, a.hi, a.hiOpen);
          default -> throw new IllegalArgumentException(op);
        });
  }

  /** Whether some value at or above {@code lo} is strictly below some value at or under {@code hi}. */
  private static boolean strictlyBelow(BigDecimal lo, BigDecimal hi) {
    return lo == null || hi == null || lo.compareTo(hi) < 0;
  }

  /** Whether the two intervals share a value. */
  public boolean meets(Amount o) {
    return overlaps(lo, loOpen, o.hi, o.hiOpen) && overlaps(o.lo, o.loOpen, hi, hiOpen);
  }

  /** Whether a lower bound lies below (or on, both included) an upper bound. */
  private static boolean overlaps(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {
    if (lo == null || hi == null) {
      return true;
    }
    int c = lo.compareTo(hi);
    return c < 0 || (c == 0 && !loOpen && !hiOpen);
  }

  /** For people: {@code 7}, {@code 98.7%}, {@code 20000–30000 名}, {@code ≥300 人}. */
  public String show() {
    String amount;
    if (isPoint()) {
      amount = number(lo);
    } else if (lo != null && hi != null) {
      amount = number(lo) + "–" + number(hi);
    } else if (lo != null) {
      amount = (loOpen ? ">" : "≥") + number(lo);
    } else if (hi != null) {
      amount = (hiOpen ? "<" : "≤") + number(hi);
    } else {
      amount = "any amount";
    }
    if (unit == null) {
      return amount;
    }
    return isPercent() ? amount + "%" : amount + " " + unit;
  }

  /** A number as printed: its scale kept, long quotients cut to 6 significant digits. */
  static String number(BigDecimal v) {
    BigDecimal shown = v.scale() > 6 ? v.round(new MathContext(6, RoundingMode.HALF_UP)).stripTrailingZeros() : v;
    if (shown.scale() < 0) {
      shown = shown.setScale(0);
    }
    return shown.toPlainString();
  }

  @Override
  public String toString() {
    return show();
  }

  private List<Ext> bounds() {
    return List.of(new Ext(lo, loOpen, -1), new Ext(hi, hiOpen, 1));
  }

  private static Amount span(List<Ext> candidates, String unit) {
    Ext min = candidates.get(0);
    Ext max = candidates.get(0);
    for (Ext e : candidates) {
      if (e.compareTo(min) < 0 || (e.compareTo(min) == 0 && !e.open)) {
        min = e;
      }
      if (e.compareTo(max) > 0 || (e.compareTo(max) == 0 && !e.open)) {
        max = e;
      }
    }
    return new Amount(min.finite(), min.open, max.finite(), max.open, unit);
  }

  /** A bound on the extended line: a decimal, or an infinity ({@code value} null, {@code sign} ±1). */
  private record Ext(BigDecimal value, boolean open, int sign) implements Comparable<Ext> {
    BigDecimal finite() {
      return value;
    }

    int signum() {
      return value == null ? sign : value.signum();
    }

    Ext times(Ext o) {
      if (value != null && o.value != null) {
        return new Ext(value.multiply(o.value), open || o.open, 0);
      }
      int s = signum() * o.signum();
      return s == 0 ? new Ext(BigDecimal.ZERO, open || o.open, 0) : new Ext(null, true, s);
    }

    Ext dividedBy(Ext o) {
      if (o.value == null) {
        return new Ext(BigDecimal.ZERO, true, 0);
      }
      if (value == null) {
        return new Ext(null, true, sign * o.value.signum());
      }
      return new Ext(value.divide(o.value, DIVISION), open || o.open, 0);
    }

    @Override
    public int compareTo(Ext o) {
      if (value != null && o.value != null) {
        return value.compareTo(o.value);
      }
      int a = value == null ? sign * 2 : 0;
      int b = o.value == null ? o.sign * 2 : 0;
      if (a == 0 && b == 0) {
        return 0;
      }
      return Integer.compare(a, b);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Ext e && Objects.equals(value, e.value) && open == e.open && sign == e.sign;
    }

    @Override
    public int hashCode() {
      return Objects.hash(value, open, sign);
    }
  }
}
