package io.baoxun.regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static GoldFact fact(String type, int start, int end, String fields) throws Exception {
    return new GoldFact("d", type, "", new io.baoxun.text.Span(start, end), "", JSON.readTree(fields));
  }

  @Test
  void reproducesHandComputedScores() throws Exception {
    List<GoldFact> gold =
        List.of(
            fact("Quantity", 0, 5, "{\"value\":5183000,\"unit\":\"人次\"}"),
            fact("Quantity", 10, 14, "{\"value\":88.10,\"unit\":\"%\"}"),
            fact("Quantity", 20, 23, "{\"value\":7,\"unit\":\"例\"}"),
            fact("Temporal", 30, 36, "{\"value\":\"XXXX-03-20T12:00\"}"));
    List<GoldFact> predicted =
        List.of(
            fact("Quantity", 0, 5, "{\"value\":5183000,\"unit\":\"人次\"}"), // strict hit
            fact("Quantity", 11, 14, "{\"value\":88.1,\"unit\":\"%\"}"), // strict hit: 88.1 == 88.10
            fact("Quantity", 20, 23, "{\"value\":8,\"unit\":\"例\"}"), // lenient only: wrong value
            fact("Quantity", 40, 42, "{\"value\":1,\"unit\":\"个\"}"), // false alarm
            fact("Temporal", 30, 34, "{\"value\":\"XXXX-03-20T12:00\"}")); // strict hit

    Evaluation e = new Evaluator(t -> true).evaluate(gold, predicted);

    // Quantity strict: tp 2, fp 2 (wrong value + false alarm), fn 1 -> P 0.5, R 2/3, F1 4/7.
    assertThat(e.strict().get("Quantity")).isEqualTo(new Scores(2, 2, 1));
    assertThat(e.strict().get("Quantity").f1()).isCloseTo(4.0 / 7, within(1e-9));
    // Lenient: tp 3, fp 1, fn 0.
    assertThat(e.lenient().get("Quantity")).isEqualTo(new Scores(3, 1, 0));
    // Micro strict over both types: tp 3, fp 2, fn 1 -> F1 = 6/9.
    assertThat(e.microStrict()).isEqualTo(new Scores(3, 2, 1));
    assertThat(e.microStrict().f1()).isCloseTo(2.0 / 3, within(1e-9));
    // Macro strict: mean of 4/7 and 1.
    assertThat(e.macroStrictF1()).isCloseTo((4.0 / 7 + 1) / 2, within(1e-9));
    // Per field: 'value' right in 2 of 3 matched Quantity pairs; 'unit' in all 3.
    assertThat(e.fields().get("Quantity").get("value")).isEqualTo(new Scores(2, 2, 1));
    assertThat(e.fields().get("Quantity").get("unit")).isEqualTo(new Scores(3, 1, 0));
    assertThat(e.misses()).extracting(f -> f.span().start()).containsExactly(20);
    assertThat(e.falseAlarms()).extracting(f -> f.span().start()).containsExactly(20, 40);
  }

  @Test
  void aBareGoldValueChecksTheValueOfAQuantityOrTimeOnly() throws Exception {
    List<GoldFact> predicted = List.of(fact("TestingProgress", 0, 38,
        "{\"asOf\":{\"value\":\"XXXX-03-20T12:00\"},\"completed\":{\"value\":794000,\"unit\":\"人次\"}}"));

    Evaluation right = new Evaluator(t -> true).evaluate(
        List.of(fact("TestingProgress", 0, 38, "{\"asOf\":\"XXXX-03-20T12:00\",\"completed\":794000.0}")), predicted);
    Evaluation wrong = new Evaluator(t -> true).evaluate(
        List.of(fact("TestingProgress", 0, 38, "{\"completed\":784000}")), predicted);
    // A gold object still states every key: a quantity without its unit is another value.
    Evaluation partial = new Evaluator(t -> true).evaluate(
        List.of(fact("TestingProgress", 0, 38, "{\"completed\":{\"value\":794000}}")), predicted);

    assertThat(right.microStrict()).isEqualTo(new Scores(1, 0, 0));
    assertThat(wrong.microStrict()).isEqualTo(new Scores(0, 1, 1));
    assertThat(partial.microStrict()).isEqualTo(new Scores(0, 1, 1));
  }

  @Test
  void emptyInputsScorePerfectly() {
    Evaluation e = new Evaluator(t -> true).evaluate(List.of(), List.of());
    assertThat(e.microStrict().f1()).isEqualTo(1.0);
  }
}
