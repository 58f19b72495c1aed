package io.baoxun.rule;

import io.baoxun.rule.ast.Expr;

/** A compiled expression with its static type and the source it came from (for messages). */
record Typed(Code code, Type type, Expr source) {
  static Typed error(Expr source) {
    return new Typed(new Code.Literal(io.baoxun.fact.FieldValue.Null.INSTANCE), Type.Special.ERROR, source);
  }
}
