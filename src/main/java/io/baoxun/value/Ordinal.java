package io.baoxun.value;

import java.math.BigDecimal;

/** A rank: 第三 is 3. */
public record Ordinal(BigDecimal value) implements Value {
  @Override
  public String type() {
    return "ordinal";
  }

  @Override
  public String display() {
    return Decimals.plain(value);
  }
}
