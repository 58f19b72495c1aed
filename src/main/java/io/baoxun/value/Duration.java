package io.baoxun.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A length of time in TIMEX3 (ISO 8601) form: 14天 is P14D, 24小时 is PT24H, 三年半 is P3.5Y.
 *
 * @param unit one of {@code Y M W D} (date units) or {@code H MIN S} (time units)
 */
public record Duration(NumberValue amount, String unit) implements Value {
  @Override
  public String type() {
    return "duration";
  }

  /** The TIMEX3 value of a single duration, or of the lower bound of a range. */
  public String value() {
    return iso(amount.min());
  }

  /** The upper bound of a range, if this is one. */
  public Optional<String> max() {
    return amount.isRange() ? Optional.of(iso(amount.max())) : Optional.empty();
  }

  private String iso(BigDecimal n) {
    boolean time = unit.equals("H") || unit.equals("MIN") || unit.equals("S");
    String letter = unit.equals("MIN") ? "M" : unit;
    return "P" + (time ? "T" : "") + Decimals.plain(n) + letter;
  }

  @Override
  public String display() {
    return value() + max().map(m -> ".." + m).orElse("") + amount.approx().map(w -> " ~" + w).orElse("");
  }
}
