package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a value fact: the keys of its value's JSON encoding (CONTRACT.md), so that a
 * {@code Quantity} fact's fields are {@code {"value":5183000,"unit":"人次"}}.
 */
final class ValueFields {
  private ValueFields() {}

  static List<String> keys(Type.Prim type) {
    return switch (type) {
      case QUANTITY, PERCENT -> List.of("value", "min", "max", "unit", "approx");
      case INTERVAL -> List.of("from", "to");
      case PERSON -> List.of("name", "role");
      default -> List.of("value");
    };
  }

  static Map<String, FieldValue> of(FieldValue v) {
    Map<String, FieldValue> m = new LinkedHashMap<>();
    if (v instanceof FieldValue.Quantity q) {
      if (q.value() != null) {
        m.put("value", new FieldValue.Number(q.value()));
      } else {
        m.put("min", new FieldValue.Number(q.min()));
        m.put("max", new FieldValue.Number(q.max()));
      }
      m.put("unit", new FieldValue.Text(q.unit()));
      if (q.approx() != null) {
        m.put("approx", new FieldValue.Text(q.approx()));
      }
    } else if (v instanceof FieldValue.Interval i) {
      m.put("from", i.from());
      m.put("to", i.to());
    } else if (v instanceof FieldValue.Person p) {
      m.put("name", new FieldValue.Text(p.name()));
      m.put("role", FieldValue.text(p.role()));
    } else if (v instanceof FieldValue.Time t) {
      m.put("value", new FieldValue.Text(t.value()));
    } else if (v instanceof FieldValue.Duration d) {
      m.put("value", new FieldValue.Text(d.value()));
    } else {
      m.put("value", v);
    }
    return m;
  }
}
