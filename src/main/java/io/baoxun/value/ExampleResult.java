package io.baoxun.value;

/** What running one grammar example gave. */
public record ExampleResult(GrammarExample example, Outcome outcome, String message) {
  /** Duckling's kinds of failure, plus examples that cannot run. */
  public enum Outcome {
    PASS,
    /** No item of the rule's kind where the example expects one. */
    NO_MATCH,
    /** An item of the rule's kind, but over a different stretch of the text. */
    PARTIAL_MATCH,
    /** The right stretch, the wrong value. */
    WRONG_VALUE,
    /** A negative example gave an item. */
    UNEXPECTED_MATCH,
    /** The example is above a rule that gives no values. */
    NOT_RUNNABLE
  }

  public boolean passed() {
    return outcome == Outcome.PASS;
  }

  /** {@code grammar/Values.g4:42 quantity «518.3万人次»: wrong value: got 5183 人次} */
  @Override
  public String toString() {
    return example.name() + (passed() ? ": ok" : ": " + outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": " + message);
  }
}
