package io.baoxun.rule;

import io.baoxun.rule.ast.Pos;
import io.baoxun.text.Span;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code example} or {@code not} of a rule.
 *
 * @param text the example text with the span marks « » taken out
 * @param span the marked span, in code points of {@code text}, if marked
 * @param expected the fields to check, in the order written, as display forms; an empty value
 *     expects null
 */
public record RuleExample(boolean positive, String text, Optional<Span> span, Map<String, Optional<String>> expected, Pos pos) {
  public RuleExample {
    expected = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(expected));
  }
}
