package io.baoxun.rule;

import io.baoxun.grammar.Attempt;

/**
 * Sees every attempt of the engine, matched or not: what {@code explain} needs to show where a
 * rule came close. The normal run traces nothing.
 */
public interface Trace {
  Trace NONE = (attempt, regionFrom, regionTo) -> {};

  /** An attempt of a grammar rule at a token that can start it, in the region [from, to). */
  void attempted(Attempt attempt, int regionFrom, int regionTo);
}
