package io.baoxun.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic that keeps what was written: no exponents, no invented trailing zeros. */
public final class Decimals {
  /** Significant digits kept when a fraction has no finite decimal form (1/3). */
  public static final MathContext FRACTION = new MathContext(15, RoundingMode.HALF_EVEN);

  private Decimals() {}

  /** {@code 5183000}, {@code 88.10}, {@code -0.5}: never {@code 5.183E+6}. */
  public static String plain(BigDecimal d) {
    return d.toPlainString();
  }

  /** {@code x * 10^n} with the fewest decimals that still say the same: 518.3 * 10^4 = 5183000. */
  public static BigDecimal shift(BigDecimal x, int n) {
    return n >= 0 ? x.movePointRight(n) : x.movePointLeft(-n);
  }

  /** {@code num / den}, exact when it terminates (1/2 = 0.5), else to 15 significant digits. */
  public static BigDecimal divide(BigDecimal num, BigDecimal den) {
    BigDecimal q;
    try {
      q = num.divide(den);
    } catch (ArithmeticException nonTerminating) {
      q = num.divide(den, FRACTION);
    }
    q = q.stripTrailingZeros();
    return q.scale() < 0 ? q.setScale(0) : q;
  }
}
