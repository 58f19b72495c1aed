package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.grammar.PackGrammar;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GrammarExamplesReaderTest {
  private static final String GRAMMAR = """
      grammar X;
      // The comment above the examples is fine.
      //> 518.3万人次 => 5183000 人次
      //> 截至[[3月20日12时]],莘县 => XXXX-03-20T12:00
      //> 昨天 @2022-03-18 => 2022-03-17
      //! 十分重要
      quantity : number UNIT ;

      //> 3 => 3
      // a plain comment between examples and the rule
      number
        : ARABIC ;
      """;

  @Test
  void readsPositiveNegativeTargetedAndReferencedExamples() {
    GrammarExamples.Read r = GrammarExamples.parse(GRAMMAR, "grammar/X.g4");
    assertThat(r.problems()).isEmpty();
    assertThat(r.examples()).hasSize(5);

    GrammarExample plain = r.examples().get(0);
    assertThat(plain.rule()).isEqualTo("quantity");
    assertThat(plain.line()).isEqualTo(3);
    assertThat(plain.input()).isEqualTo("518.3万人次");
    assertThat(plain.targetStart()).isZero();
    assertThat(plain.targetEnd()).isEqualTo(8);
    assertThat(plain.expected()).contains("5183000 人次");
    assertThat(plain.name()).isEqualTo("grammar/X.g4:3 quantity «518.3万人次»");

    GrammarExample targeted = r.examples().get(1);
    assertThat(targeted.input()).isEqualTo("截至3月20日12时,莘县");
    assertThat(targeted.targetStart()).isEqualTo(2);
    assertThat(targeted.targetEnd()).isEqualTo(10);

    assertThat(r.examples().get(2).reference()).contains(LocalDate.of(2022, 3, 18));
    assertThat(r.examples().get(2).input()).isEqualTo("昨天");

    GrammarExample negative = r.examples().get(3);
    assertThat(negative.negative()).isTrue();
    assertThat(negative.expected()).isEqualTo(Optional.empty());

    assertThat(r.examples().get(4).rule()).isEqualTo("number");
  }

  @Test
  void reportsMalformedExamplesAtTheirLine() {
    GrammarExamples.Read r = GrammarExamples.parse("""
        grammar X;
        //> 3 =>
        //> 3
        //> [[3 => 3
        number : ARABIC ;
        //> 4 => 4

        other : ARABIC ;
        """, "grammar/X.g4");
    assertThat(r.examples()).isEmpty();
    assertThat(r.problems()).extracting(d -> d.headline()).containsExactly(
        "grammar/X.g4:2:1: error: empty expected value after =>",
        "grammar/X.g4:3:1: error: a positive example needs `=> expected value`",
        "grammar/X.g4:4:1: error: unbalanced [[ ]]",
        "grammar/X.g4:6:1: error: examples must stand right above a rule");
  }

  @Test
  void failuresSayWhichKind() {
    PackGrammar g = TestPack.grammar();
    ExampleRunner runner = new ExampleRunner(g);
    GrammarExamples.Read r = GrammarExamples.parse("""
        //> 518.3万人次 => 518 人次
        //> 共[[518.3]]万人次 => 518.3
        //> 十分重要 => 10
        //! 518.3万人次
        //> 3 => 3
        quantity : x ;
        //> 3 => 3
        hanChar : x ;
        """, "grammar/X.g4");
    assertThat(r.examples()).extracting(ex -> runner.run(ex).outcome()).containsExactly(
        ExampleResult.Outcome.WRONG_VALUE,
        ExampleResult.Outcome.PARTIAL_MATCH,
        ExampleResult.Outcome.NO_MATCH,
        ExampleResult.Outcome.UNEXPECTED_MATCH,
        ExampleResult.Outcome.NO_MATCH,
        ExampleResult.Outcome.NOT_RUNNABLE);
    assertThat(runner.run(r.examples().get(0)).toString())
        .isEqualTo("grammar/X.g4:1 quantity «518.3万人次»: wrong value: expected 518 人次, got 5183000 人次");
  }

  @Test
  void aPartialMatchIsToldApart() {
    ExampleRunner runner = new ExampleRunner(TestPack.grammar());
    GrammarExample ex = GrammarExamples.parse("//> [[3月18]]日 => XXXX-03-18\ntime : x ;", "g").examples().get(0);
    ExampleResult res = runner.run(ex);
    assertThat(res.outcome()).isEqualTo(ExampleResult.Outcome.PARTIAL_MATCH);
    assertThat(res.message()).contains("«3月18日»");
  }
}
