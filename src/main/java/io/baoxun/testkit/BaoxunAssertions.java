package io.baoxun.testkit;

import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import java.util.List;

/**
 * AssertJ entry points for baoxun's facts.
 *
 * <pre>{@code
 * import static io.baoxun.testkit.BaoxunAssertions.assertThat;
 *
 * assertThat(facts).hasFact("TestingProgress").withField("completed", 794000).withField("region", "莘县");
 * }</pre>
 *
 * A suite that also imports AssertJ's {@code Assertions.assertThat} statically can use {@link
 * #assertThatFacts} instead, which no other {@code assertThat} overload competes with.
 */
public final class BaoxunAssertions {
  private BaoxunAssertions() {}

  public static FactsAssert assertThat(List<Fact> facts) {
    return new FactsAssert(facts);
  }

  /** The facts of a processed document; fails if it could not be read. */
  public static FactsAssert assertThat(DocumentResult result) {
    if (result instanceof DocumentResult.Failed f) {
      throw new AssertionError("Expecting facts of " + f.doc() + " but it could not be read: " + f.message());
    }
    return new FactsAssert(((DocumentResult.Processed) result).facts());
  }

  public static FactsAssert assertThatFacts(List<Fact> facts) {
    return new FactsAssert(facts);
  }
}
