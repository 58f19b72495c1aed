package io.baoxun.value;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A number as written: one value ({@code min == max}) or a range ({@code 七八} is 7..8), and the
 * hedge word when the text hedges it (余, 多, 近, 约, 左右 ...).
 */
public record NumberValue(BigDecimal min, BigDecimal max, Optional<String> approx) implements Value {
  public NumberValue {
    checkArgument(min.compareTo(max) <= 0, "range %s..%s", min, max);
  }

  public static NumberValue of(BigDecimal value) {
    return new NumberValue(value, value, Optional.empty());
  }

  public static NumberValue range(BigDecimal min, BigDecimal max) {
    return new NumberValue(min, max, Optional.empty());
  }

  public boolean isRange() {
    return min.compareTo(max) != 0;
  }

  /** The value of a single number (the lower bound of a range). */
  public BigDecimal value() {
    return min;
  }

  /** The same number with this hedge, unless it already has one (the first hedge written wins). */
  public NumberValue hedged(Optional<String> word) {
    return approx.isPresent() || word.isEmpty() ? this : new NumberValue(min, max, word);
  }

  /** Both bounds mapped (a multiplier, a sign); the mapping must keep their order. */
  public NumberValue map(UnaryOperator<BigDecimal> f) {
    BigDecimal a = f.apply(min);
    BigDecimal b = f.apply(max);
    return a.compareTo(b) <= 0 ? new NumberValue(a, b, approx) : new NumberValue(b, a, approx);
  }

  @Override
  public String type() {
    return "number";
  }

  @Override
  public String display() {
    return amount() + approx.map(w -> " ~" + w).orElse("");
  }

  /** The number without its hedge: {@code 5183000} or {@code 7..8}. */
  String amount() {
    return isRange() ? Decimals.plain(min) + ".." + Decimals.plain(max) : Decimals.plain(min);
  }
}
