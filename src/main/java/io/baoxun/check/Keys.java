package io.baoxun.check;

import io.baoxun.fact.Display;
import io.baoxun.fact.FieldValue;
import io.baoxun.text.NormalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The key facts are grouped by ({@code same region, activity}): each value in a form where equal
 * values are equal strings, as {@code ==} sees them (texts normalised, 88.10 and 88.1 alike). A
 * time that states no date ({@code PRESENT_REF} for 目前, {@code THIS P1Y} for 今年) is the same as
 * no other: two statements "as of now" in different places need not speak of one moment.
 */
final class Keys {
  private Keys() {}

  static List<String> of(FactRef fact, List<FieldPath> paths) {
    List<String> key = new ArrayList<>(paths.size());
    for (FieldPath p : paths) {
      FieldValue v = p.get(fact);
      key.add(v instanceof FieldValue.Time t && Times.Point.parse(t.value()).isEmpty()
          ? "\u0001" + fact.doc() + "#" + fact.index()
          : canonical(v));
    }
    return key;
  }

  static String canonical(FieldValue v) {
    if (v instanceof FieldValue.Null) {
      return "\u0000";
    }
    if (v instanceof FieldValue.Text t) {
      return "t" + NormalizedText.of(t.value()).text();
    }
    if (v instanceof FieldValue.Number n) {
      return "n" + plain(n.value());
    }
    if (v instanceof FieldValue.Quantity q) {
      return "q" + plain(q.value()) + "|" + plain(q.min()) + "|" + plain(q.max()) + "|" + q.unit() + "|" + q.approx();
    }
    return v.getClass().getSimpleName() + Display.of(v);
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().toPlainString();
  }
}
