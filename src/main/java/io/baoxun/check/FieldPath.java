package io.baoxun.check;

import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.util.List;

/** A field of a fact, or a part of one: {@code region}, {@code total.value}, {@code count.unit}. */
public record FieldPath(List<String> names) {
  public FieldPath {
    names = List.copyOf(names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("an empty path");
    }
  }

  public String first() {
    return names.get(0);
  }

  /** The value at this path in the fact; null (FieldValue) when any step is absent. */
  public FieldValue get(FactRef fact) {
    FieldValue v = fact.field(names.get(0));
    for (String n : names.subList(1, names.size())) {
      v = part(v, n);
    }
    return v;
  }

  /** A part of a value: a record's field, a quantity's value or unit, an interval's from or to. */
  public static FieldValue part(FieldValue v, String name) {
    if (v instanceof FieldValue.RecordValue r) {
      return r.fields().getOrDefault(name, FieldValue.Null.INSTANCE);
    }
    if (v instanceof FieldValue.Quantity q) {
      return switch (name) {
        case "value" -> number(q.value());
        case "min" -> number(q.min());
        case "max" -> number(q.max());
        case "unit" -> new FieldValue.Text(q.unit());
        case "approx" -> FieldValue.text(q.approx());
        default -> FieldValue.Null.INSTANCE;
      };
    }
    if (v instanceof FieldValue.Interval i) {
      return name.equals("from") ? i.from() : name.equals("to") ? i.to() : FieldValue.Null.INSTANCE;
    }
    if (v instanceof FieldValue.Person p) {
      return FieldValue.text(name.equals("name") ? p.name() : name.equals("role") ? p.role() : null);
    }
    return FieldValue.Null.INSTANCE;
  }

  private static FieldValue number(BigDecimal n) {
    return n == null ? FieldValue.Null.INSTANCE : new FieldValue.Number(n);
  }

  @Override
  public String toString() {
    return String.join(".", names);
  }
}
