package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import java.util.List;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A value while a rule's expressions are evaluated: grammar elements stay nodes until the type
 * checker's conversions turn them into field values.
 */
sealed interface Val {
  Val NULL = new Value(FieldValue.Null.INSTANCE);

  /** One element of the match (a rule node or a token). */
  record Node(ParseTree tree) implements Val {}

  /** The elements of a list label ({@code x+=...}) or of a list of elements. */
  record Nodes(List<ParseTree> trees) implements Val {
    public Nodes {
      trees = List.copyOf(trees);
    }
  }

  record Bool(boolean value) implements Val {}

  record Value(FieldValue value) implements Val {}

  static Val of(FieldValue v) {
    return v instanceof FieldValue.Null ? NULL : new Value(v);
  }

  default boolean isNull() {
    return this instanceof Value v && v.value() instanceof FieldValue.Null;
  }

  /** The field value; elements have been converted by the time a value is wanted. */
  default FieldValue field() {
    return this instanceof Value v ? v.value() : FieldValue.Null.INSTANCE;
  }
}
