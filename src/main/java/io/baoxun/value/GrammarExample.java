package io.baoxun.value;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One example written above a grammar rule (syntax: top of {@code grammar/Values.g4}).
 *
 * @param file the grammar file as the user sees it ({@code grammar/Values.g4})
 * @param line 1-based line of the example
 * @param rule the rule the example stands above
 * @param input the text to run, without the [[ ]] markers
 * @param targetStart where the expected item starts in {@code input}, in code points
 * @param targetEnd where it ends (exclusive)
 * @param expected the expected value in short form; empty for a negative example
 */
public record GrammarExample(
    String file,
    int line,
    String rule,
    String input,
    int targetStart,
    int targetEnd,
    Optional<LocalDate> reference,
    Optional<String> expected) {

  public boolean negative() {
    return expected.isEmpty();
  }

  /** {@code grammar/Values.g4:42 quantity «518.3万人次»}: the name of the test. */
  public String name() {
    return file + ":" + line + " " + rule + " «" + input + "»";
  }
}
