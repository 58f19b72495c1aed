package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds {@code values} to the peer suite (Microsoft Recognizers-Text, Chinese) and prints the table
 * and the failing inputs. The targets count the cases the peer's own Java implementation supports;
 * the NotSupported ones are reported in a column of their own.
 */
class PeerSpecConformanceTest {
  private static List<PeerSpecScorer.FileScore> scores;

  @BeforeAll
  static void score() throws Exception {
    Optional<Path> specs = PeerSpecScorer.locate(Path.of("."));
    Assumptions.assumeTrue(specs.isPresent(),
        "peer specs not found (../shared/peer-specs beside the project): conformance not measured");
    scores = new PeerSpecScorer(TestPack.grammar()).scoreAll(specs.get());
    System.out.println(PeerSpecScorer.failures(scores));
    System.out.println(PeerSpecScorer.table(scores));
  }

  private static PeerSpecScorer.FileScore file(String name) {
    return scores.stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void numbers() {
    PeerSpecScorer.FileScore f = file("Number/Chinese/NumberModel.json");
    assertThat(PeerSpecScorer.FileScore.rate(f.supportedPassed(), f.supported())).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void percents() {
    PeerSpecScorer.FileScore f = file("Number/Chinese/PercentModel.json");
    assertThat(PeerSpecScorer.FileScore.rate(f.supportedPassed(), f.supported())).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void singleDatesAndTimes() {
    PeerSpecScorer.FileScore f = file("DateTime/Chinese/DateTimeModel.json");
    assertThat(PeerSpecScorer.FileScore.rate(f.singleDateTimePassed(), f.singleDateTime())).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void ordinals() {
    PeerSpecScorer.FileScore f = file("Number/Chinese/OrdinalModel.json");
    assertThat(f.supportedPassed()).isEqualTo(f.supported());
  }
}
