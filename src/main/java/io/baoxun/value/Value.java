package io.baoxun.value;

/**
 * A value read from text: what a number, percent, quantity, time, interval or duration means.
 *
 * <p>Values are immutable and exact (decimals are {@link java.math.BigDecimal}, never double).
 */
public sealed interface Value
    permits NumberValue, Ordinal, Quantity, Percent, Timex, Interval, Duration {

  /** The item type of the {@code values} command: number, ordinal, quantity, percent, time... */
  String type();

  /**
   * The short form used by grammar examples ({@code 5183000 人次}, {@code XXXX-03-18TAF}); the
   * syntax is documented at the top of {@code grammar/Values.g4}.
   */
  String display();
}
