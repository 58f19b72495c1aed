package io.baoxun.testkit;

import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;

/**
 * Finding a field of a fact by path and comparing it with what a test expects.
 *
 * <p>A path is a field name, then keys into its value: {@code completed.value}, {@code
 * completed.unit}, {@code asOf.value}, {@code reporters.0.name}, {@code items.1.what} (list
 * positions from 0).
 */
final class FieldMatch {
  private FieldMatch() {}

  /** The value at {@code path}, or empty when the fact has no such field or key. */
  static Optional<FieldValue> at(Fact fact, String path) {
    String[] keys = path.split("\\.");
    FieldValue v = fact.fields().get(keys[0]);
    for (int i = 1; i < keys.length && v != null; i++) {
      v = child(v, keys[i]);
    }
    return Optional.ofNullable(v);
  }

  private static FieldValue child(FieldValue v, String key) {
    if (v instanceof FieldValue.RecordValue r) {
      return r.fields().get(key);
    }
    if (v instanceof FieldValue.ListValue l) {
      try {
        int i = Integer.parseInt(key);
        return i >= 0 && i < l.items().size() ? l.items().get(i) : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (v instanceof FieldValue.Quantity q) {
      return switch (key) {
        case "value" -> number(q.value());
        case "min" -> number(q.min());
        case "max" -> number(q.max());
        case "unit" -> new FieldValue.Text(q.unit());
        case "approx" -> FieldValue.text(q.approx());
        default -> null;
      };
    }
    if (v instanceof FieldValue.Time t) {
      return key.equals("value") ? new FieldValue.Text(t.value()) : null;
    }
    if (v instanceof FieldValue.Duration d) {
      return key.equals("value") ? new FieldValue.Text(d.value()) : null;
    }
    if (v instanceof FieldValue.Interval i) {
      return key.equals("from") ? i.from() : key.equals("to") ? i.to() : null;
    }
    if (v instanceof FieldValue.Person p) {
      return key.equals("name") ? new FieldValue.Text(p.name()) : key.equals("role") ? FieldValue.text(p.role()) : null;
    }
    return null;
  }

  private static FieldValue number(BigDecimal d) {
    return d == null ? FieldValue.Null.INSTANCE : new FieldValue.Number(d);
  }

  /**
   * Whether {@code actual} is what the test {@code expected}.
   *
   * <ul>
   *   <li>{@code null}: a null value (or none);
   *   <li>a number: a number or a quantity with that value, compared as decimals ({@code 85.35}
   *       is {@code 85.350}), whatever the unit;
   *   <li>a string: the value's display form, the form rule examples use ({@code "莘县"}, {@code
   *       "XXXX-03-20T12:00"}, {@code "794000 人次"}, {@code "85.35%"}, {@code "李平/通讯员"});
   *   <li>a collection: a list of as many values, each matching in order;
   *   <li>a {@link FieldValue}: equal.
   * </ul>
   */
  static boolean matches(FieldValue actual, Object expected) {
    boolean absent = actual == null || actual instanceof FieldValue.Null;
    if (expected == null) {
      return absent;
    }
    if (absent) {
      return false;
    }
    if (expected instanceof FieldValue f) {
      return f.equals(actual);
    }
    if (expected instanceof Number n) {
      BigDecimal want = decimal(n);
      if (actual instanceof FieldValue.Number a) {
        return a.value().compareTo(want) == 0;
      }
      return actual instanceof FieldValue.Quantity q && q.value() != null && q.value().compareTo(want) == 0;
    }
    if (expected instanceof Collection<?> c) {
      if (!(actual instanceof FieldValue.ListValue l) || l.items().size() != c.size()) {
        return false;
      }
      Iterator<FieldValue> it = l.items().iterator();
      for (Object e : c) {
        if (!matches(it.next(), e)) {
          return false;
        }
      }
      return true;
    }
    return Display.of(actual).equals(expected.toString());
  }

  /** A number as the decimal it is written as: 85.35 (a double) is 85.35, not 85.3499999... */
  static BigDecimal decimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof java.math.BigInteger b) {
      return new BigDecimal(b);
    }
    if (n instanceof Double || n instanceof Float) {
      return new BigDecimal(n.toString());
    }
    return BigDecimal.valueOf(n.longValue());
  }

  /** How a value shows in a failure message. */
  static String show(Optional<FieldValue> v) {
    return v.map(Display::of).orElse("(no such field)");
  }

  static String show(Object expected) {
    if (expected instanceof String s) {
      return "\"" + s + "\"";
    }
    return expected instanceof FieldValue f ? Display.of(f) : String.valueOf(expected);
  }
}
