package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of problem the type checker reports, at its exact file:line:column. */
class TypeCheckerTest {
  private static final String TYPES =
      """
      type TestingProgress {
        asOf: time
        region: text?
        activity: text
        completed: quantity
        ratio: percent?
      }
      type Dateline {
        source: text
        reporters: list<person>
      }
      record Item {
        what: text
        value: number
      }
      type Tally {
        items: list<Item>
      }
      """;

  @TempDir Path tmp;
  PackFixture pack;

  @BeforeEach
  void setUp() {
    pack = new PackFixture(tmp).rules("types.rules", TYPES);
  }

  /** A rule on {@code progress} whose emit block is {@code body}; the block starts on line 5. */
  private static String progressRule(String body) {
    return "rule t.p {\n"
        + "  summary \"s\"\n"
        + "  match progress\n"
        + "  emit TestingProgress {\n"
        + body
        + "  }\n"
        + "  example \"截至3月20日全市完成检测12万人次\"\n"
        + "}\n";
  }

  private static final String GOOD_FIELDS =
      "    asOf = $asOf\n    activity = $what\n    completed = $done\n";

  @Test
  void aCorrectRuleLoads() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    region = $region\n    ratio = $ratio\n"));
    Pack p = pack.load();
    assertThat(p.rules()).extracting(Rule::id).containsExactly("t.p");
    assertThat(p.rule("t.p").orElseThrow().type().name()).isEqualTo("TestingProgress");
  }

  @Test
  void unknownLabelSuggestsTheNearest() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    ratio = $ratoi\n"));
    assertThat(pack.problems())
        .containsExactly("rules/a.rules:8:13: error: unknown label '$ratoi' in grammar rule progress (did you mean '$ratio'?)");
  }

  @Test
  void beforeIsTheTokenBeforeTheMatchAndText() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    region = before\n"));
    assertThat(pack.load().rules()).extracting(Rule::id).containsExactly("t.p");
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    ratio = before\n"));
    assertThat(pack.problems()).containsExactly("rules/a.rules:8:13: error: field 'ratio' is percent but before is text");
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    region = befor\n"));
    assertThat(pack.problems()).singleElement().asString().contains("unknown name 'befor'", "did you mean 'before'?");
  }

  @Test
  void unknownFieldSuggestsTheNearest() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    ratoi = $ratio\n"));
    assertThat(pack.problems())
        .containsExactly("rules/a.rules:8:5: error: unknown field 'ratoi' in TestingProgress (did you mean 'ratio'?)");
  }

  @Test
  void wrongTypeNamesBothSides() {
    pack.rules("a.rules", progressRule("    asOf = $asOf\n    activity = $what\n    completed = $what\n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:7:17: error: field 'completed' is quantity but $what is text (rule 'activity' is not a value rule)");
  }

  @Test
  void aValueOfTheWrongKind() {
    pack.rules("a.rules", progressRule("    asOf = $done\n    activity = $what\n    completed = $done\n"));
    assertThat(pack.problems()).containsExactly("rules/a.rules:5:12: error: field 'asOf' is time but $done is quantity");
  }

  @Test
  void aFieldOfSeveralValueTypesTakesAnyOfThem() {
    pack.rules(
        "a.rules",
        """
        type Stamp { at: time | interval?, n: quantity | time }
        rule t.s {
          summary "s"
          match progress
          emit Stamp {
            at = $asOf
            n  = $done ?? $asOf
          }
          example "截至3月20日全市完成检测12万人次"
        }
        rule t.bad {
          summary "s"
          match progress
          emit Stamp {
            at = $done
            n  = $what
          }
          example "截至3月20日全市完成检测12万人次"
        }
        type Odd { x: text | time }
        """);
    assertThat(pack.problems())
        .containsExactlyInAnyOrder(
            "rules/a.rules:15:10: error: field 'at' is time | interval but $done is quantity",
            "rules/a.rules:16:10: error: field 'n' is quantity | time but $what is text (rule 'activity' is not a value rule)",
            "rules/a.rules:20:15: error: a field of several types holds values (number, quantity, percent, time, interval, duration, person), not text");
  }

  @Test
  void requiredFieldNeverAssigned() {
    pack.rules("a.rules", progressRule("    asOf = $asOf\n    completed = $done\n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:4:8: error: required field 'activity' of TestingProgress is never assigned (or declare it activity: text?)");
  }

  @Test
  void unknownGrammarRuleAndTokens() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS).replace("match progress", "match progres"));
    pack.rules("b.rules", progressRule(GOOD_FIELDS).replace("match progress", "match NUMBER").replace("t.p", "t.q"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:3:9: error: unknown grammar rule 'progres' (did you mean 'progress'?)",
            "rules/b.rules:3:9: error: 'NUMBER' is a token; match names a parser rule of the grammar");
  }

  @Test
  void spanTakesOneElementOfTheMatch() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS).replace("  emit", "  span $done\n  emit"));
    assertThat(pack.load().rules()).extracting(Rule::id).containsExactly("t.p");
    pack.rules("a.rules", progressRule(GOOD_FIELDS).replace("  emit", "  span $done.value\n  span \"x\"\n  emit"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:5:3: error: a rule has one span; the first is at line 4",
            "rules/a.rules:4:8: error: span takes one element of the match ($label), but $done.value is number");
  }

  @Test
  void aWordAfterTheGrammarRuleOtherThanLeftmost() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS).replace("match progress", "match progress leftmots"));
    assertThat(pack.problems())
        .containsExactly("rules/a.rules:3:18: error: unknown word 'leftmots' after match progress; the only word allowed there is leftmost");
  }

  @Test
  void unknownLexicon() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    region = lookup(region, $region)\n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:8:21: error: unknown lexicon 'region' (no rules/lexicons/region.txt) (did you mean 'regions'?)");
  }

  @Test
  void endingNamesALexiconAndTakesOneText() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS + "    region = ending(region, $region)\n    ratio = ending(regions)\n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:8:21: error: unknown lexicon 'region' (no rules/lexicons/region.txt) (did you mean 'regions'?)",
            "rules/a.rules:9:13: error: ending takes a lexicon and a text: ending(roles, $role)");
  }

  @Test
  void unknownTypesAndRecords() {
    pack.rules(
        "a.rules",
        """
        record Bad {
          at: tme
          what: TestingProgress
        }
        rule t.x {
          summary "s"
          match progress
          emit Item { what = "x" }
          example "x"
        }
        rule t.y {
          summary "s"
          match progress
          emit TestingProgres { }
          example "x"
        }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:2:7: error: unknown type 'tme' (did you mean 'time'?)",
            "rules/a.rules:3:9: error: 'TestingProgress' is a fact type; a field can hold a record (record TestingProgress {...}), not a fact",
            "rules/a.rules:8:8: error: Item is a record; a rule emits a fact type (type Item {...})",
            "rules/a.rules:14:8: error: unknown type 'TestingProgres' (did you mean 'TestingProgress'?)");
  }

  @Test
  void duplicateIdsAndMissingClauses() {
    pack.rules("a.rules", progressRule(GOOD_FIELDS));
    pack.rules(
        "b.rules",
        progressRule(GOOD_FIELDS)
            + """
            rule t.bare {
              match progress
              match progress
            }
            """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/b.rules:1:6: error: duplicate rule id 't.p' (first declared at rules/a.rules:1:6)",
            "rules/b.rules:13:3: error: a rule has one match; the first is at line 12",
            "rules/b.rules:11:6: error: rule t.bare has no summary",
            "rules/b.rules:11:6: error: rule t.bare has no emit",
            "rules/b.rules:11:6: error: rule t.bare has no example");
  }

  @Test
  void conversionsThatCannotWork() {
    pack.rules(
        "a.rules",
        progressRule(
            "    asOf = $asOf as time\n"
                + "    activity = $what as text\n"
                + "    completed = $what as quantity\n"
                + "    region = $asOf as list<text>\n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:7:23: error: cannot convert $what to quantity: it is text (rule 'activity' is not a value rule)",
            "rules/a.rules:8:23: error: 'as' converts to text or to a value type (number, quantity, percent, time, interval, duration), not list<text>");
  }

  @Test
  void conditionsAndComparisons() {
    pack.rules(
        "a.rules",
        """
        type C { status: text }
        rule t.c {
          summary "s"
          match cases
          when $status and $count == $status.x or $count < $status
          emit C { status = $status }
          example "新增3例"
        }
        rule t.d {
          summary "s"
          match cases
          when $count > 3 and $count.value >= 3 and $status == "新增" and $status != null
          emit C { status = $status }
          example "新增3例"
        }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:5:8: error: 'and' needs true or false, but $status is text (to test that it is there, write $status != null)",
            "rules/a.rules:5:38: error: $status is a token; a token has no labels",
            "rules/a.rules:5:50: error: cannot compare $count (quantity) with $status (text) (only numbers, quantities and percents are ordered)");
  }

  @Test
  void listsOfElementsAreNotSingleValues() {
    pack.rules(
        "a.rules",
        """
        rule t.d {
          summary "s"
          match dateline
          emit Dateline {
            source = $names
            reporters = $names
          }
          example "本报讯（记者 王培源）"
        }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:5:14: error: field 'source' is text but $names is list<text>",
            "rules/a.rules:6:17: error: field 'reporters' is list<person> but $names is list<text>");
  }

  @Test
  void recordsAndLoops() {
    pack.rules(
        "a.rules",
        """
        rule t.t {
          summary "s"
          match tally
          emit Tally {
            items = [Item(what: i.what, valeu: i.n) for i in $items] ?? [Item(what: $items)]
          }
          example "共开展监督检查71次"
        }
        rule t.u {
          summary "s"
          match tally
          emit Tally {
            items = [Item(what: i.wat, value: i.n) for i in $items]
          }
          example "共开展监督检查71次"
        }
        rule t.v {
          summary "s"
          match tally
          emit Tally {
            items = [Item(what: "x", value: 1) for i in $items.what]
          }
          example "共开展监督检查71次"
        }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:5:33: error: unknown field 'valeu' in Item (did you mean 'value'?)",
            "rules/a.rules:5:77: error: field 'what' of Item is text but $items is list<text>",
            "rules/a.rules:5:66: error: required field 'value' of Item is not given",
            "rules/a.rules:13:27: error: unknown label 'wat' in rule tallyItem (did you mean 'what'?)",
            "rules/a.rules:21:56: error: $items is a list; take a part of each item with [x.what for x in $items]");
  }

  @Test
  void examplesNameFieldsOfTheTypeAndMarkOneSpan() {
    pack.rules(
        "a.rules",
        progressRule(GOOD_FIELDS)
            .replace(
                "  example \"截至3月20日全市完成检测12万人次\"\n",
                "  example \"«截至3月20日»»\" { ratoi = \"1%\" }\n  not \"截至\" \n"));
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:9:11: error: an example marks the span its fact covers with one « and one » after it, around some text",
            "rules/a.rules:9:26: error: unknown field 'ratoi' in TestingProgress (did you mean 'ratio'?)");
  }

  @Test
  void valueFactsHoldOneValue() {
    pack.rules(
        "a.rules",
        """
        type Amount = quantity | percent
        type Name = text
        rule t.a {
          summary "s"
          match quantity
          emit Amount { value = $n }
          example "3例"
        }
        rule t.b {
          summary "s"
          match cases
          emit Amount = $status
          example "新增3例" { value = "3" unti = "例" }
        }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:2:13: error: a value fact holds number, quantity, percent, time, interval, duration or person, not text",
            "rules/a.rules:6:8: error: Amount is a value fact (type Amount = ...): write emit Amount = expression",
            "rules/a.rules:12:17: error: Amount holds quantity or percent but $status is text (a token; only value rules read into values)",
            "rules/a.rules:13:32: error: unknown field 'unti' in Amount (did you mean 'unit'?)");
  }

  @Test
  void declarationProblems() {
    pack.rules(
        "a.rules",
        """
        type TestingProgress { x: text }
        record text { x: text }
        type L { a: list, b: list<text?>, c: text<number>, a: text }
        """);
    assertThat(pack.problems())
        .containsExactly(
            "rules/a.rules:2:8: error: 'text' is a built-in type; choose another name",
            "rules/types.rules:1:6: error: type 'TestingProgress' is already declared at rules/a.rules:1:6",
            "rules/a.rules:3:13: error: a list names its item type: list<text>",
            "rules/a.rules:3:27: error: a list item cannot be optional (a list leaves out items that are null)",
            "rules/a.rules:3:43: error: only list takes a type argument, not text",
            "rules/a.rules:3:52: error: field 'a' is declared twice in L");
  }
}
