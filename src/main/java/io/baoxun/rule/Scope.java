package io.baoxun.rule;

import java.util.HashMap;
import java.util.Map;

/** The match being evaluated and the loop variables in scope. Immutable: a loop binds a copy. */
final class Scope {
  final MatchContext ctx;
  private final Map<String, Val> vars;

  Scope(MatchContext ctx) {
    this(ctx, Map.of());
  }

  private Scope(MatchContext ctx, Map<String, Val> vars) {
    this.ctx = ctx;
    this.vars = vars;
  }

  Scope bind(String name, Val value) {
    Map<String, Val> m = new HashMap<>(vars);
    m.put(name, value);
    return new Scope(ctx, m);
  }

  Val get(String name) {
    return vars.getOrDefault(name, Val.NULL);
  }
}
