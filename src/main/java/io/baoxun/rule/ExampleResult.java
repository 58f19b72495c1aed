package io.baoxun.rule;

/**
 * How one example went.
 *
 * @param detail why it failed, one or more lines a rule author can act on; empty when it passed
 */
public record ExampleResult(String name, Outcome outcome, String detail) {
  /** The kinds of failure (Duckling's: no match, partial match, wrong value), and passing. */
  public enum Outcome {
    PASS,
    /** The rule emitted no fact for the text. */
    NO_FACT,
    /** The rule emitted facts, none over the marked span. */
    SPAN_DIFFERS,
    /** The rule emitted a fact there, with a field that shows differently. */
    FIELD_DIFFERS,
    /** A {@code not} example: the rule emitted a fact. */
    UNEXPECTED_FACT,
    /** The example itself cannot run (written above a rule that gives nothing, malformed). */
    INVALID
  }

  public static ExampleResult pass(String name) {
    return new ExampleResult(name, Outcome.PASS, "");
  }

  public boolean passed() {
    return outcome == Outcome.PASS;
  }
}
