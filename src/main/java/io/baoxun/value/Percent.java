package io.baoxun.value;

/**
 * A percent: a quantity whose unit is {@code %}, or {@code 个百分点} / {@code 百分点} for percentage
 * points, as written (traditional 個百分點 and 百分點 in simplified form). The value keeps the
 * written precision (88.10% is 88.10); 九成 is 90, 千分之一 is 0.1.
 */
public record Percent(NumberValue amount, String unit) implements Value {
  public static final String PERCENT = "%";
  public static final String POINTS = "百分点";
  public static final String COUNTED_POINTS = "个百分点";

  @Override
  public String type() {
    return "percent";
  }

  @Override
  public String display() {
    return amount.amount() + " " + unit + amount.approx().map(w -> " ~" + w).orElse("");
  }
}
