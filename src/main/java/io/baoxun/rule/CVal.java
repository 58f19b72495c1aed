package io.baoxun.rule;

import io.baoxun.check.Amount;
import io.baoxun.check.FactRef;
import io.baoxun.check.Truth;
import io.baoxun.fact.Display;
import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A value while a check's expressions are evaluated: a field value, an amount computed from some,
 * a condition's {@link Truth}, a fact, a list, or a value that is missing and why ({@code b.total is
 * missing}). A missing value flows through arithmetic and comparisons, so a check whose condition
 * needs it reports skip with the reason.
 */
sealed interface CVal {
  record Missing(String reason) implements CVal {}

  /** A field value as the fact holds it; {@link FieldValue.Null} only for the literal null. */
  record Val(FieldValue value) implements CVal {}

  record Num(Amount amount) implements CVal {}

  record Bool(Truth truth) implements CVal {}

  record Fact(FactRef fact) implements CVal {}

  record Items(List<CVal> items) implements CVal {
    public Items {
      items = List.copyOf(items);
    }
  }

  CVal NULL = new Val(FieldValue.Null.INSTANCE);

  /** A field's value read from a fact: a list becomes items; null is missing, named by {@code src}. */
  static CVal read(FieldValue v, String src) {
    if (v instanceof FieldValue.Null) {
      return new Missing(src + " is missing");
    }
    if (v instanceof FieldValue.ListValue l) {
      List<CVal> items = new ArrayList<>();
      for (FieldValue i : l.items()) {
        items.add(read(i, src));
      }
      return new Items(items);
    }
    return new Val(v);
  }

  default boolean isAbsent() {
    return this instanceof Missing || (this instanceof Val v && v.value() instanceof FieldValue.Null);
  }

  /** Why a value is absent, for a skip. */
  default String reason() {
    return this instanceof Missing m ? m.reason() : "a value is null";
  }

  /** The value in a message: {@code 7}, {@code 88.10%}, {@code 20000–30000 名}; {@code ?} when missing. */
  default String show() {
    if (isAbsent()) {
      return "?";
    }
    if (this instanceof Val v) {
      return Display.of(v.value());
    }
    if (this instanceof Num n) {
      return n.amount().show();
    }
    if (this instanceof Bool b) {
      return b.truth().isUnknown() ? "unknown" : b.truth().value().toString();
    }
    if (this instanceof Fact f) {
      return f.fact().type() + " " + f.fact().id();
    }
    StringJoiner j = new StringJoiner(", ", "[", "]");
    ((Items) this).items().forEach(i -> j.add(i.show()));
    return j.toString();
  }
}
