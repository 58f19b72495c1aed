package io.baoxun.rule;

import io.baoxun.grammar.Match;

/** A match a rule did not turn into a fact, and why ({@code when} was false, a field was null). */
public record Rejection(Rule rule, Match match, String reason) {}
