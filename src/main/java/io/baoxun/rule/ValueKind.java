package io.baoxun.rule;

/** The kinds of value a value rule of the grammar reads into (the value types of the language). */
public enum ValueKind {
  NUMBER(Type.Prim.NUMBER),
  QUANTITY(Type.Prim.QUANTITY),
  PERCENT(Type.Prim.PERCENT),
  TIME(Type.Prim.TIME),
  INTERVAL(Type.Prim.INTERVAL),
  DURATION(Type.Prim.DURATION);

  private final Type.Prim type;

  ValueKind(Type.Prim type) {
    this.type = type;
  }

  public Type.Prim type() {
    return type;
  }
}
