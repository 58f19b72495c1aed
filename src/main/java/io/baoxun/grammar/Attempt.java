package io.baoxun.grammar;

import java.util.Optional;

/**
 * What trying one rule at one token gave: a match, or how far the rule got before the text
 * stopped fitting it (what {@code explain} shows a rule author).
 *
 * @param failedAt the token where the rule stopped fitting (the region's end when the text ran out)
 * @param expected what the rule wanted there, in the grammar's token names
 */
public record Attempt(String rule, int start, Optional<Match> match, int failedAt, String expected) {
  public boolean matched() {
    return match.isPresent();
  }
}
