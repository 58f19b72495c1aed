package io.baoxun.fact;

import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The display form of a field value: what {@code explain} prints and what a rule's examples are
 * written in ({@code "5183000 人次"}, {@code "88.10%"}, {@code "李平/通讯员"}).
 *
 * <p>One short line per value, readable by a linguist, and exact: numbers keep the scale they were
 * read with, so {@code 88.10%} and {@code 88.1%} show differently, as they encode differently.
 */
public final class Display {
  private Display() {}

  public static String of(FieldValue v) {
    if (v instanceof FieldValue.Null) {
      return "null";
    } else if (v instanceof FieldValue.Text t) {
      return t.value();
    } else if (v instanceof FieldValue.Number n) {
      return number(n.value());
    } else if (v instanceof FieldValue.Quantity q) {
      return quantity(q);
    } else if (v instanceof FieldValue.Time t) {
      return t.value();
    } else if (v instanceof FieldValue.Interval i) {
      return i.from().value() + "/" + i.to().value();
    } else if (v instanceof FieldValue.Duration d) {
      return d.value();
    } else if (v instanceof FieldValue.Person p) {
      return p.role() == null ? p.name() : p.name() + "/" + p.role();
    } else if (v instanceof FieldValue.ListValue l) {
      StringJoiner j = new StringJoiner(", ", "[", "]");
      l.items().forEach(item -> j.add(of(item)));
      return j.toString();
    } else if (v instanceof FieldValue.RecordValue r) {
      return record(r.fields());
    }
    throw new IllegalArgumentException("no display form for " + v.getClass());
  }

  /** {@code {what: 核酸检测, value: 71, unit: 次}}: fields in their order, nulls included. */
  public static String record(Map<String, FieldValue> fields) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    fields.forEach((k, v) -> j.add(k + ": " + of(v)));
    return j.toString();
  }

  /**
   * {@code 5183000 人次}; hedged {@code 20000 名 余}; a range {@code 7-8 位}. A percent sticks to its
   * number ({@code 88.10%}) as it is printed in the text.
   */
  private static String quantity(FieldValue.Quantity q) {
    String amount = q.value() != null ? number(q.value()) : number(q.min()) + "-" + number(q.max());
    String s = q.isPercent() ? amount + "%" : amount + " " + q.unit();
    return q.approx() == null ? s : s + " " + q.approx();
  }

  private static String number(BigDecimal n) {
    return n.toPlainString();
  }
}
