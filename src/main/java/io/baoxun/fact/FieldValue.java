package io.baoxun.fact;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The value of one field of a fact, one of the kinds the contract encodes. */
public sealed interface FieldValue {

  /** An absent value, written as JSON null. */
  enum Null implements FieldValue {
    INSTANCE
  }

  record Text(String value) implements FieldValue {
    public Text {
      java.util.Objects.requireNonNull(value);
    }
  }

  record Number(BigDecimal value) implements FieldValue {
    public static Number of(long v) {
      return new Number(BigDecimal.valueOf(v));
    }
  }

  record ListValue(List<FieldValue> items) implements FieldValue {
    public ListValue {
      items = List.copyOf(items);
    }
  }

  /** A small record of named values, in the order written. */
  record RecordValue(Map<String, FieldValue> fields) implements FieldValue {
    public RecordValue {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
  }

  /**
   * A number with a unit (a percent has unit {@code %} and keeps its written scale). Either
   * {@code value} or both {@code min} and {@code max} are set; {@code approx} holds the hedge word
   * (余, 多, 近, 约, 左右...) or is null.
   */
  record Quantity(BigDecimal value, BigDecimal min, BigDecimal max, String unit, String approx)
      implements FieldValue {
    public Quantity {
      java.util.Objects.requireNonNull(unit);
      if (value == null && (min == null || max == null)) {
        throw new IllegalArgumentException("a quantity needs a value or a min and a max");
      }
    }

    public static Quantity of(BigDecimal value, String unit) {
      return new Quantity(value, null, null, unit, null);
    }

    public boolean isPercent() {
      return unit.equals("%");
    }
  }

  /** A TIMEX3 date, time or date-time value such as {@code XXXX-03-20T12:00}. */
  record Time(String value) implements FieldValue {
    public Time {
      java.util.Objects.requireNonNull(value);
    }
  }

  /** A span of time between two times. */
  record Interval(Time from, Time to) implements FieldValue {
    public Interval {
      java.util.Objects.requireNonNull(from);
      java.util.Objects.requireNonNull(to);
    }
  }

  /** A TIMEX3 duration such as {@code PT24H} or {@code P3M}. */
  record Duration(String value) implements FieldValue {
    public Duration {
      java.util.Objects.requireNonNull(value);
    }
  }

  /** A person named in a report: {@code name} and the role printed with it, if any. */
  record Person(String name, String role) implements FieldValue {
    public Person {
      java.util.Objects.requireNonNull(name);
    }
  }

  static FieldValue text(String s) {
    return s == null ? Null.INSTANCE : new Text(s);
  }
}
