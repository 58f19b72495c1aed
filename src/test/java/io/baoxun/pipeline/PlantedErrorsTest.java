package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.CheckPacks;
import io.baoxun.rule.Pack;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The issue's "done when", on the checks' test pack: copies of report pages with one planted error
 * each raise the right failing check, and the untouched pages raise none (see
 * src/test/resources/check/pages/README.md).
 */
class PlantedErrorsTest {
  private static Pack pack() {
    return CheckPacks.testPack();
  }

  private static String page(String name) {
    return CheckPacks.pages().resolve(name).toString();
  }

  @Test
  void theUntouchedPagesRaiseNoFailure() {
    Runs r = Runs.of(pack(), 1, List.of(page("0320.txt"), page("0321.txt")));
    assertThat(r.failedChecks()).isEmpty();
    // They are judged, not passed over: every built-in check passes on them somewhere.
    assertThat(r.findings()).extracting(f -> f.get("check").asText()).contains(
        "bulletin.breakdown_sum", "bulletin.rate_consistent", "bulletin.progress_agrees",
        "bulletin.dates_ordered", "bulletin.cumulative_monotone");
    // What cannot be decided says why: the figures box of 0321 has no dateline.
    assertThat(r.notPassing()).containsExactly(
        "bulletin.dates_ordered skip [\"f7\"] the article's dateline states no date");
  }

  /** Each copy is read after the untouched page of the day before, as one run. */
  @ParameterizedTest(name = "{0} raises {1}")
  @CsvSource({
    "0320-breakdown-sum.txt, bulletin.breakdown_sum, '2 + 5 + 1 = 8, total says 7'",
    "0320-rate.txt, bulletin.rate_consistent, '78 个 / 79 个 = 98.73%, stated 97.8%'",
    "0320-sidebar.txt, bulletin.progress_agrees, 'one says 5183000 人次, 88.10%; the other 5183000 人次, 81.1%'",
    "0320-future-event.txt, bulletin.dates_ordered, XXXX-03-22T10:00 is after the report date XXXX-03-20",
    "0321-falls.txt, bulletin.cumulative_monotone, 5062000 人次 on XXXX-03-21T12:00 is less than 5183000 人次 on XXXX-03-20T12:00",
  })
  void aPlantedErrorRaisesItsCheckAndNoOther(String planted, String check, String message) {
    String before = planted.startsWith("0321") ? "0320.txt" : "0321.txt";
    List<String> order = planted.startsWith("0321") ? List.of(page(before), page(planted)) : List.of(page(planted), page(before));
    Runs r = Runs.of(pack(), 1, order);
    assertThat(r.failedChecks()).containsExactly(check);
    assertThat(r.findings().stream().filter(f -> f.get("status").asText().equals("fail")))
        .extracting(f -> f.get("message").asText())
        .containsExactly(message);
  }

  @Test
  void findingsAcrossDocumentsComeAfterAllDocumentsNamingFactsAsDocHashId() {
    Runs r = Runs.of(pack(), 1, List.of(page("0320.txt"), page("0321-falls.txt")));
    List<String> kinds = r.records().stream().map(x -> x.get("kind").asText()).toList();
    int lastDocumentLine = kinds.lastIndexOf("fact");
    List<com.fasterxml.jackson.databind.JsonNode> records = r.records();
    var cross = records.subList(lastDocumentLine + 1, records.size()).stream()
        .filter(x -> x.get("facts").get(0).asText().contains("#")).toList();
    assertThat(cross).isNotEmpty();
    com.fasterxml.jackson.databind.JsonNode fall = cross.stream()
        .filter(x -> x.get("status").asText().equals("fail")).findFirst().orElseThrow();
    // doc names the document of the later fact; facts are doc#id, the earlier first.
    assertThat(fall.get("doc").asText()).isEqualTo(page("0321-falls.txt"));
    assertThat(fall.get("facts").get(0).asText()).isEqualTo(page("0320.txt") + "#f14");
    assertThat(fall.get("facts").get(1).asText()).isEqualTo(page("0321-falls.txt") + "#f5");
    // Every finding within a document comes after the document's facts, before the next document.
    for (int i = 1; i < records.size(); i++) {
      com.fasterxml.jackson.databind.JsonNode x = records.get(i);
      if (x.get("kind").asText().equals("fact")) {
        assertThat(records.get(i - 1).get("kind").asText()).isIn("document", "fact");
      }
    }
    // The ids a finding names are ids of that document's facts.
    Path p = Path.of(page("0320.txt"));
    assertThat(records).anySatisfy(x -> {
      assertThat(x.get("kind").asText()).isEqualTo("fact");
      assertThat(x.get("doc").asText()).isEqualTo(p.toString());
      assertThat(x.get("id").asText()).isEqualTo("f14");
      assertThat(x.get("type").asText()).isEqualTo("TestingProgress");
    });
  }

  @Test
  void outputIsTheSameAtEveryThreadCount() {
    List<String> all = List.of(
        page("0321-falls.txt"), page("0320.txt"), page("0320-sidebar.txt"), page("0321.txt"),
        page("0320-rate.txt"), page("0320-breakdown-sum.txt"), page("0320-future-event.txt"));
    String one = Runs.of(pack(), 1, all).out();
    assertThat(one).contains("\"kind\":\"finding\"");
    for (int threads : new int[] {2, 3, 8}) {
      assertThat(Runs.of(pack(), threads, all).out()).as("%d threads", threads).isEqualTo(one);
    }
  }
}
