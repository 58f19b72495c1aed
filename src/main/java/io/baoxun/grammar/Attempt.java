package io.baoxun.grammar;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.Optional;

/**
 * What trying one rule at one token gave: a match, or how far the rule got before the text
 * stopped fitting it (what {@code explain} shows a rule author).
 *
 * <p>Most attempts fail, and only {@code explain} reads what was expected; working that out walks
 * the grammar, so it is done on first request.
 *
 * @param failedAt the token where the rule stopped fitting (the region's end when the text ran out)
 */
public final class Attempt {
  private final String rule;
  private final int start;
  private final Optional<Match> match;
  private final int failedAt;
  private final Supplier<String> expected;

  Attempt(String rule, int start, Optional<Match> match, int failedAt, Supplier<String> expected) {
    this.rule = rule;
    this.start = start;
    this.match = match;
    this.failedAt = failedAt;
    this.expected = Suppliers.memoize(expected);
  }

  public String rule() {
    return rule;
  }

  public int start() {
    return start;
  }

  public Optional<Match> match() {
    return match;
  }

  public int failedAt() {
    return failedAt;
  }

  /** What the rule wanted where it stopped, in the grammar's token names ("" after a match). */
  public String expected() {
    return expected.get();
  }

  public boolean matched() {
    return match.isPresent();
  }
}
