package io.baoxun.regress;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.PackException;
import io.baoxun.fact.FieldValue;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import io.baoxun.text.Span;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coverage report on a tiny pack whose rules each fare differently (see its grammar). */
class CoverageTest {
  static final String CORPUS = "本报讯（记者 王培源）【防疫】口号：团结\n（通讯员 李平 郑直）\n";

  private Coverage coverage;

  static Path pack() throws URISyntaxException {
    return Path.of(CoverageTest.class.getResource("/regress/coveragepack").toURI());
  }

  @BeforeEach
  void run() throws PackException, URISyntaxException {
    Pack pack = PackLoader.load(pack());
    coverage = new Coverage(pack, ReadContext.NONE);
    coverage.add(new Input.Text("page", CORPUS));
    coverage.add(new Input.Unreadable("gone.txt", "no such file or folder"));
  }

  private Coverage.RuleUse rule(String id) {
    return coverage.rules().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void countsWhatBecameOfEachRulesMatches() {
    assertThat(coverage.documents()).isEqualTo(1);
    assertThat(coverage.unreadable()).containsExactly("gone.txt: no such file or folder");
    assertThat(rule("cov.credit")).extracting(Coverage.RuleUse::matched, Coverage.RuleUse::facts).containsExactly(2, 2);
    // Never matched: its grammar rule found nothing.
    assertThat(rule("cov.never").matched()).isZero();
    // Matched, but turned away by its when.
    assertThat(rule("cov.quiet_motto")).extracting(Coverage.RuleUse::rejected, Coverage.RuleUse::facts).containsExactly(1, 0);
    assertThat(rule("cov.quiet_motto").rejectedBecause()).isEqualTo(Map.of("when is false", 1));
    // Matched, but lost the overlap to the rule written first.
    assertThat(rule("cov.tag_fixed")).extracting(Coverage.RuleUse::dropped, Coverage.RuleUse::facts).containsExactly(1, 0);
    assertThat(rule("cov.tag_fixed").lostTo()).isEqualTo(Map.of("cov.tag", 1));
  }

  @Test
  void grammarRulesThatNeverMatchedAreThoseNoMatchHolds() {
    assertThat(coverage.grammarRules()).containsEntry("unseen", 0).containsEntry("spare", 0);
    // name is matched only as a part of credit: twice in each of the two credits.
    assertThat(coverage.grammarRules()).containsEntry("credit", 2).containsEntry("name", 3);
  }

  @Test
  void lexiconEntriesTheCorpusNeverHoldsAreListed() {
    assertThat(coverage.unseenLexiconEntries().values()).containsExactly(java.util.List.of("摄影"));
  }

  @Test
  void rulesReadingTheSameSpanDifferentlyAreAConflict() {
    assertThat(coverage.conflicts()).singleElement().satisfies(c -> {
      assertThat(c.doc()).isEqualTo("page");
      assertThat(c.type()).isEqualTo("Tag");
      assertThat(c.span()).isEqualTo(new Span(11, 15));
      assertThat(c.text()).isEqualTo("【防疫】");
      assertThat(c.readings()).extracting(Coverage.Reading::rule, Coverage.Reading::kept)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("cov.tag", true), org.assertj.core.groups.Tuple.tuple("cov.tag_fixed", false));
      assertThat(c.readings().get(1).fields()).containsEntry("label", new FieldValue.Text("标签"));
    });
  }
}
