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
