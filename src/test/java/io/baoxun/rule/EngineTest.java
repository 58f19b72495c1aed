package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.grammar.Attempt;
import io.baoxun.segment.Article;
import io.baoxun.segment.Paragraph;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  private static final Pack PACK = TestPacks.testPack();

  @TempDir Path tmp;

  private static Engine.Result run(Pack pack, String original) {
    NormalizedText text = NormalizedText.of(original);
    return pack.newEngine().run(text, new Segmenter().segment(text), ReadContext.NONE, Trace.NONE);
  }

  private static List<Fact> facts(Pack pack, String original, String type) {
    return run(pack, original).facts().stream().filter(f -> f.type().equals(type)).toList();
  }

  private static String field(Fact f, String name) {
    return Display.of(f.fields().get(name));
  }

  private static int cp(String s, String part) {
    return s.codePointCount(0, s.indexOf(part));
  }

  @Test
  void spansAndTextsPointAtTheOriginalAcrossLineBreaks() {
    // A character outside the BMP first: offsets count code points, not UTF-16 units.
    String original = "𠀀会议指出，截至3月20日12时，全市完成核酸检测518.3万\n人次，完成比例88.10%。";
    Fact f = facts(PACK, original, "TestingProgress").get(0);
    int start = cp(original, "截至");
    int end = cp(original, "。");
    assertThat(f.span()).isEqualTo(new Span(start, end));
    assertThat(f.text()).isEqualTo("截至3月20日12时，全市完成核酸检测518.3万\n人次，完成比例88.10%");
    assertThat(f.rule()).isEqualTo("test.testing_progress");
    assertThat(field(f, "completed")).isEqualTo("5183000 人次");
    assertThat(field(f, "ratio")).isEqualTo("88.10%");
    assertThat(f.fields().keySet()).containsExactly("asOf", "region", "activity", "completed", "ratio");
  }

  @Test
  void aFactStandsBeforeThePunctuationThatClosesItsMatch() {
    // Spans are of the normalised text, where full-width marks are folded: ，→ , and （）→ ().
    NormalizedText text = NormalizedText.of("共12例 ，其中（甲区2例）。");
    int comma = cp(text.text(), ",");
    assertThat(text.slice(Engine.beforeClauseEnd(new Span(0, comma + 1), text))).isEqualTo("共12例");
    // A closing bracket belongs to what it closes; a span of punctuation alone keeps its first mark.
    int open = cp(text.text(), "(");
    int close = cp(text.text(), ")");
    assertThat(text.slice(Engine.beforeClauseEnd(new Span(open + 1, close + 2), text))).isEqualTo("甲区2例)");
    assertThat(Engine.beforeClauseEnd(new Span(comma, comma + 1), text)).isEqualTo(new Span(comma, comma + 1));
  }

  @Test
  void personsAreSplitAndANameBrokenOverTwoLinesReadsWhole() {
    String original = "（通讯员 李\n平 郑直）";
    Fact f = facts(PACK, original, "Credit").get(0);
    assertThat(field(f, "people")).isEqualTo("[李平/通讯员, 郑直/通讯员]");
    assertThat(f.text()).isEqualTo(original);
    assertThat(f.span()).isEqualTo(new Span(0, original.codePointCount(0, original.length())));
  }

  @Test
  void factsOfDifferentTypesNeverCompete() {
    List<Fact> all = run(PACK, "本报讯（记者 王培源）").facts();
    assertThat(all).extracting(Fact::type).containsExactly("Dateline", "Credit");
    assertThat(field(all.get(0), "reporters")).isEqualTo("[王培源/记者]");
  }

  @Test
  void higherPriorityBeatsALongerSpan() {
    Engine.Result r = run(PACK, "约518.3万人次");
    List<Fact> amounts = r.facts().stream().filter(f -> f.type().equals("Amount")).toList();
    assertThat(amounts).extracting(Fact::rule, Fact::text).containsExactly(org.assertj.core.groups.Tuple.tuple("test.big_amount", "518.3万人次"));
    assertThat(r.dropped())
        .extracting(d -> d.loser().rule().id(), d -> d.winner().rule().id(), Drop::reason)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("test.approx_amount", "test.big_amount", "higher priority (2 > 0)"),
            org.assertj.core.groups.Tuple.tuple("test.amount", "test.big_amount", "higher priority (2 > 0)"));
  }

  @Test
  void onEqualPriorityTheLongerSpanWins() {
    Engine.Result r = run(PACK, "约3例");
    assertThat(r.facts()).extracting(Fact::rule).containsExactly("test.approx_amount");
    assertThat(r.dropped()).extracting(Drop::reason).containsExactly("longer span (3 > 2 characters)");
  }

  @Test
  void aNestedTypeKeepsFactsInsideEachOtherAFlatTypeOnlyTheOutermost() {
    Engine.Result r = run(PACK, "【甲【乙】丙】");
    assertThat(r.facts().stream().filter(f -> f.type().equals("Bracket")).map(Fact::text))
        .containsExactly("【甲【乙】丙】", "【乙】");
    assertThat(r.facts().stream().filter(f -> f.type().equals("FlatBracket")).map(Fact::text)).containsExactly("【甲【乙】丙】");
  }

  @Test
  void coalescingElementsOfTwoDifferentRulesLoadsAndReadsTheFirstPresent() {
    // $what labels an activity, $n a number: ?? joins two different grammar rules.
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type P { v: text }
                rule t.item { summary "s" match tallyItem emit P { v = $what ?? $n } example "共检测71次" }
                """)
            .load();
    assertThat(run(pack, "共检测71次").facts()).extracting(f -> f.fields().get("v"))
        .containsExactly(new io.baoxun.fact.FieldValue.Text("检测"));
  }

  @Test
  void twoValueElementsCompareAsValues() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type P { a: quantity }
                rule t.p { summary "s" match pair2 emit P { a = $a } when $a <= $b example "3例和5例" not "5例和3例" }
                """)
            .load();
    assertThat(run(pack, "3例和5例").facts()).hasSize(1);
    assertThat(run(pack, "5例和3例").facts()).isEmpty();
  }

  @Test
  void tiesGoToTheRuleWrittenFirstAndNestedTypesResolvePartialOverlaps() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                nested type P { l: text }
                type Q { l: text }
                rule t.p { summary "s" match pair emit P { l = $left } example "甲和乙" }
                rule t.q1 { summary "s" match pair emit Q { l = $left } example "甲和乙" }
                rule t.q2 { summary "s" match pair emit Q { l = $right } example "甲和乙" }
                """)
            .load();
    Engine.Result r = run(pack, "甲和乙和丙");
    // 甲和乙 and 乙和丙 overlap partially: even a nested type keeps one, the one starting first.
    assertThat(r.facts()).extracting(Fact::rule, Fact::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t.p", "甲和乙"), org.assertj.core.groups.Tuple.tuple("t.q1", "甲和乙"));
    assertThat(r.dropped()).extracting(d -> d.loser().rule().id() + " " + d.loser().fact().text() + ": " + d.reason())
        .contains(
            "t.p 乙和丙: same rule, same length; it starts first",
            "t.q2 甲和乙: same priority and length; t.q1 is written first");
  }

  @Test
  void aLeftmostRuleIsNotTriedInsideItsOwnMatchOthersOnTheSameGrammarRuleStillAre() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type P { l: text }
                type Q { l: text }
                rule t.plain { summary "s" match pair emit P { l = $left } example "甲和乙" }
                rule t.left { summary "s" match pair leftmost emit Q { l = $left } example "甲和乙" }
                """)
            .load();
    List<Attempt> attempts = new ArrayList<>();
    NormalizedText text = NormalizedText.of("甲和乙和丙");
    Engine.Result r = pack.newEngine().run(text, new Segmenter().segment(text), ReadContext.NONE, (a, from, to) -> attempts.add(a));
    assertThat(r.facts()).extracting(Fact::rule, Fact::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t.plain", "甲和乙"), org.assertj.core.groups.Tuple.tuple("t.left", "甲和乙"));
    // 乙和丙 starts inside 甲和乙: t.plain reads it (and drops it), t.left never sees it.
    assertThat(r.dropped()).extracting(d -> d.loser().rule().id() + " " + d.loser().fact().text())
        .containsExactly("t.plain 乙和丙");
    assertThat(attempts.stream().filter(a -> a.rule().equals("pair")).map(Attempt::start).toList()).containsExactly(0, 2, 4);
  }

  @Test
  void aLeftmostRuleKeepsTheFirstMatchWhereALaterStartWouldBeLonger() {
    String rule = "type P { l: text }\nrule t.r { summary \"s\" match reach%s emit P { l = $$ } example \"甲和\" }\n";
    Pack plain = new PackFixture(tmp.resolve("plain")).rules("a.rules", rule.formatted("")).load();
    Pack leftmost = new PackFixture(tmp.resolve("leftmost")).rules("a.rules", rule.formatted(" leftmost")).load();
    assertThat(run(plain, "甲和乙丙").facts()).extracting(Fact::text).containsExactly("和乙丙");
    assertThat(run(leftmost, "甲和乙丙").facts()).extracting(Fact::text).containsExactly("甲和");
    List<Attempt> attempts = new ArrayList<>();
    NormalizedText text = NormalizedText.of("甲和乙丙");
    leftmost.newEngine().run(text, new Segmenter().segment(text), ReadContext.NONE, (a, from, to) -> attempts.add(a));
    assertThat(attempts).extracting(Attempt::start).doesNotContain(1);
  }

  @Test
  void aFactStandsWhereItsSpanElementStands() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type P { l: text }
                rule t.right { summary "s" match pair span $right emit P { l = $left } example "甲和«乙»" }
                """)
            .load();
    String original = "甲和乙和丙";
    List<Fact> facts = run(pack, original).facts();
    // 乙 and 丙: the matches 甲和乙 and 乙和丙 overlap, the facts on their right elements do not.
    assertThat(facts).extracting(Fact::text).containsExactly("乙", "丙");
    assertThat(facts.get(0).span()).isEqualTo(new Span(2, 3));
    assertThat(field(facts.get(0), "l")).isEqualTo("甲");
  }

  @Test
  void whenTurnsMatchesAwayAndSaysSo() {
    Engine.Result r = run(PACK, "新增3例，现有5例");
    assertThat(r.facts().stream().filter(f -> f.type().equals("CaseCount")))
        .extracting(f -> field(f, "status"), f -> field(f, "count"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("新增", "3 例"));
    assertThat(r.rejected()).filteredOn(x -> x.rule().id().equals("test.new_cases"))
        .extracting(x -> x.match().tree().getText(), Rejection::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("现有5例", "when is false"));
  }

  @Test
  void aNullRequiredFieldOrRecordFieldStopsTheFactWithTheFieldNamed() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type R { where: text, done: quantity }
                record Item { what: text, n: number }
                type T { items: list<Item> }
                rule t.r { summary "s" match progress emit R { where = $region done = $done } example "x" }
                rule t.t {
                  summary "s"
                  match tally
                  emit T { items = [Item(what: lookup(regions, i.what), n: i.n) for i in $items] }
                  example "x"
                }
                """)
            .load();
    Engine.Result r = run(pack, "截至3月20日完成检测12万人次。共开展监督检查71次");
    assertThat(r.facts()).isEmpty();
    assertThat(r.rejected()).extracting(x -> x.rule().id() + ": " + x.reason())
        .containsExactly("t.r: required field 'where' is null", "t.t: required field 'what' of Item is null");
  }

  @Test
  void listsLeaveOutNullItemsAndLookupNormalises() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type L { xs: list<text>, known: text? }
                rule t.l {
                  summary "s"
                  match progress
                  emit L { xs = [$region, $ratio, "截至"] known = lookup(regions, $region) }
                  example "x"
                }
                """)
            .load();
    Fact f = run(pack, "截至3月20日莘县完成检测12万人次").facts().get(0);
    assertThat(field(f, "xs")).isEqualTo("[莘县, 截至]");
    assertThat(field(f, "known")).isEqualTo("莘县");
  }

  @Test
  void aMatchNeverCrossesAParagraphButARegionMayBeAHeadline() {
    Pack pack =
        new PackFixture(tmp)
            .rules(
                "a.rules",
                """
                type C { status: text, headline: text? }
                rule t.c { summary "s" match cases emit C { status = $status headline = article.headline } example "新增3例" }
                """)
            .load();
    String original = "新增\n\n3例";
    NormalizedText text = NormalizedText.of(original);
    Span first = new Span(0, 2);
    Span second = new Span(4, 6);
    Article split = new Article(new Span(0, 6), Optional.empty(), Optional.empty(),
        List.of(new Paragraph(first, List.of(first)), new Paragraph(second, List.of(second))));
    assertThat(pack.newEngine().facts(text, List.of(split), ReadContext.NONE)).isEmpty();

    // The same text as a headline and a one-paragraph body inside it: one fact, not two.
    Span all = new Span(0, 6);
    Article withHeadline = new Article(all, Optional.of(all), Optional.empty(), List.of(new Paragraph(all, List.of(all))));
    List<Fact> facts = pack.newEngine().facts(text, List.of(withHeadline), ReadContext.NONE);
    assertThat(facts).hasSize(1);
    assertThat(field(facts.get(0), "headline")).isEqualTo("新增3例");
  }

  @Test
  void rulesSharingAGrammarRuleShareOneAttemptPerStart() {
    List<Attempt> attempts = new ArrayList<>();
    NormalizedText text = NormalizedText.of("共3例，约518.3万人次");
    PACK.newEngine().run(text, new Segmenter().segment(text), ReadContext.NONE, (a, from, to) -> attempts.add(a));
    Set<String> starts = new HashSet<>();
    for (Attempt a : attempts) {
      assertThat(starts.add(a.rule() + "@" + a.start())).as("attempted twice: %s", a).isTrue();
    }
    // Three rules (amount, big_amount) read quantity; it is tried only where a NUMBER starts it.
    assertThat(attempts.stream().filter(a -> a.rule().equals("quantity")).count()).isEqualTo(2);
  }

  @Test
  void factsComeInOutputOrder() {
    List<Fact> all = run(PACK, "共开展监督检查71次、核酸检测3次").facts();
    assertThat(all).extracting(Fact::rule).containsExactly("test.tally", "test.amount", "test.amount");
    assertThat(field(all.get(0), "items"))
        .isEqualTo("[{what: 开展监督检查, value: 71, unit: 次}, {what: 核酸检测, value: 3, unit: 次}]");
  }
}
