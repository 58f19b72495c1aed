package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.text.NormalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/** How {@code ==}, {@code <} and friends compare field values at run time. */
final class Comparisons {
  private Comparisons() {}

  /**
   * Equality as a rule author means it: texts equal once normalised (全角 and 半角 alike), numbers
   * and quantities by amount (88.10 equals 88.1) and unit, null equal only to null.
   */
  static boolean equal(FieldValue a, FieldValue b) {
    boolean an = a instanceof FieldValue.Null;
    boolean bn = b instanceof FieldValue.Null;
    if (an || bn) {
      return an && bn;
    }
    if (a instanceof FieldValue.Text x && b instanceof FieldValue.Text y) {
      return NormalizedText.of(x.value()).text().equals(NormalizedText.of(y.value()).text());
    }
    if (a instanceof FieldValue.Quantity x && b instanceof FieldValue.Quantity y) {
      return x.unit().equals(y.unit())
          && same(x.value(), y.value())
          && same(x.min(), y.min())
          && same(x.max(), y.max());
    }
    BigDecimal x = amount(a);
    BigDecimal y = amount(b);
    if (x != null && y != null) {
      return x.compareTo(y) == 0;
    }
    return Objects.equals(a, b);
  }

  /**
   * Order of two amounts (numbers, or quantities of the same unit); null when they cannot be
   * ordered (a null, a range, two units), which makes the comparison false.
   */
  static Integer order(FieldValue a, FieldValue b) {
    if (a instanceof FieldValue.Quantity x && b instanceof FieldValue.Quantity y && !x.unit().equals(y.unit())) {
      return null;
    }
    BigDecimal x = amount(a);
    BigDecimal y = amount(b);
    return x == null || y == null ? null : x.compareTo(y);
  }

  private static BigDecimal amount(FieldValue v) {
    if (v instanceof FieldValue.Number n) {
      return n.value();
    }
    if (v instanceof FieldValue.Quantity q) {
      return q.value();
    }
    return null;
  }

  private static boolean same(BigDecimal x, BigDecimal y) {
    return x == null ? y == null : y != null && x.compareTo(y) == 0;
  }
}
