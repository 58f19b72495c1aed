package io.baoxun.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.antlr.v4.runtime.atn.ATN;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which decisions the next token settles, and the alternative each token takes there. */
class Ll1ChoicesTest {
  private static final String GRAMMAR =
      """
      grammar Choices;

      block : ( A | B C ) loop ;
      loop : D* E ;
      optional : A B? ;
      callsOptional : optional C ;
      clash : A B? ;
      callsClash : clash B ;
      overlap : A B | A C ;

      A : 'a' ; B : 'b' ; C : 'c' ; D : 'd' ; E : 'e' ;
      """;

  private static PackGrammar grammar;

  @BeforeAll
  static void load() throws Exception {
    Path dir = Files.createTempDirectory("choices");
    Path file = Files.writeString(dir.resolve("Choices.g4"), GRAMMAR);
    grammar = GrammarLoader.load(dir, List.of(), p -> p.getFileName().toString());
    Files.delete(file);
    Files.delete(dir);
  }

  /** The decision of {@code rule} (each rule here has one). */
  private static int decisionOf(String rule) {
    ATN atn = grammar.parserAtn();
    int r = grammar.ruleIndex(rule).orElseThrow();
    return atn.decisionToState.stream().filter(s -> s.ruleIndex == r).mapToInt(s -> s.decision).findFirst().orElseThrow();
  }

  private static int type(String token) {
    return grammar.tokenType(token);
  }

  @Test
  void disjointFirstTokensSettleABlock() {
    Ll1Choices choices = grammar.ll1Choices();
    int d = decisionOf("block");
    assertThat(choices.settles(d)).isTrue();
    assertThat(choices.alt(d, type("A"))).isEqualTo(1);
    assertThat(choices.alt(d, type("B"))).isEqualTo(2);
    // No alternative starts with C: the simulator is asked, and fails as before.
    assertThat(choices.alt(d, type("C"))).isZero();
  }

  @Test
  void aLoopWhoseExitReadsATokenIsSettled() {
    Ll1Choices choices = grammar.ll1Choices();
    int d = decisionOf("loop");
    assertThat(choices.settles(d)).isTrue();
    assertThat(choices.alt(d, type("D"))).isEqualTo(1);
    assertThat(choices.alt(d, type("E"))).isEqualTo(2);
  }

  @Test
  void whereADecisionCanEndItsRuleTheTokensThatCanFollowTheRuleAreLeftToTheSimulator() {
    // After A, B? may be skipped to the end of the rule; only C ever follows optional.
    Ll1Choices choices = grammar.ll1Choices();
    int d = decisionOf("optional");
    assertThat(choices.settles(d)).isTrue();
    assertThat(choices.alt(d, type("B"))).isEqualTo(1);
    assertThat(choices.alt(d, type("C"))).isZero();
    // clash is followed by a B where it is called: a B after its A may be the caller's.
    assertThat(choices.alt(decisionOf("clash"), type("B"))).isZero();
  }

  @Test
  void alternativesStartingAlikeAreLeftToTheSimulator() {
    Ll1Choices choices = grammar.ll1Choices();
    int d = decisionOf("overlap");
    assertThat(choices.settles(d)).isFalse();
    assertThat(choices.alt(d, type("A"))).isZero();
  }
}
