package io.baoxun.value;

import io.baoxun.text.Span;

/**
 * One value found in a text.
 *
 * @param rule the grammar rule that matched it (number, quantity, time ...)
 * @param span code points of the NORMALISED text; map it with {@code NormalizedText.toOriginal}
 * @param nested whether it lies inside another item (the number of a quantity)
 */
public record ValueItem(String rule, Span span, Value value, boolean nested) {
  public String type() {
    return value.type();
  }
}
