package io.baoxun.value;

import static com.google.common.base.Preconditions.checkArgument;

/** A number with a unit or measure word: 518.3万人次 is 5183000 人次. */
public record Quantity(NumberValue amount, String unit) implements Value {
  public Quantity {
    checkArgument(!unit.isEmpty(), "empty unit");
  }

  @Override
  public String type() {
    return "quantity";
  }

  @Override
  public String display() {
    return amount.amount() + " " + unit + amount.approx().map(w -> " ~" + w).orElse("");
  }
}
