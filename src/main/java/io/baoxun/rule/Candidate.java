package io.baoxun.rule;

import io.baoxun.fact.Fact;
import io.baoxun.grammar.Match;
import io.baoxun.text.Span;

/**
 * A fact a rule emitted for a match, before overlaps are resolved.
 *
 * @param span the match's span in the normalised text (the fact's span maps it to the original)
 */
public record Candidate(Rule rule, Match match, Span span, Fact fact) {}
