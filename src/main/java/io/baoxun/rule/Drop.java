package io.baoxun.rule;

/** A candidate that lost to an overlapping one of the same fact type, and why it lost. */
public record Drop(Candidate loser, Candidate winner, String reason) {}
