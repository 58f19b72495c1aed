package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
  private static String pack() throws URISyntaxException {
    return Path.of(ExplainCommandTest.class.getResource("/rule/clipack").toURI()).toString();
  }

  // Texts here are already normal (half-width brackets), so the match trees, which show the
  // normalised text the grammar matched, read the same before and after normalisation lands.

  @Test
  void showsTheMatchTreeAndTheFactsFields() throws Exception {
    CliRun r = CliRun.of("explain", "--pack", pack(), "本报讯(记者 王培源)");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("text: 本报讯(记者 王培源)\n\nmatches\n")
        .contains(
            """
              dateline «本报讯(记者 王培源)» [0, 11)
                src='本报讯'
                LP '('
                role=ROLE '记者'
                ' '
                names=name «王培源»
                  HAN '王'
                  HAN '培'
                  HAN '源'
                RP ')'
            """)
        .contains(
            """
            fired
              cli.dateline → Dateline [0, 11) «本报讯(记者 王培源)»
                source    = 本报讯
                reporters = [王培源/记者]
              cli.credit → Credit [3, 11) «(记者 王培源)»
                people = [王培源/记者]
            """);
  }

  @Test
  void showsWhereAQuietRuleStoppedAndWhatItExpected() throws Exception {
    CliRun r = CliRun.of("explain", "--pack", pack(), "据(通讯员 李平,郑直)");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("fired\n  (none)\n");
    assertThat(r.out()).contains("came close\n  cli.credit (credit): «(通讯员 李平»,郑直): expected {RP, ' '}\n");
    assertThat(r.out()).contains("no token of the text can start\n  cli.dateline (dateline)\n");
  }

  @Test
  void aBackslashNIsALineBreakAndTheRuleOptionNarrowsTheReport() throws Exception {
    CliRun r = CliRun.of("explain", "--pack", pack(), "--rule", "cli.credit", "本报讯（通讯员 李\\n平 郑直）");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("people = [李平/通讯员, 郑直/通讯员]").doesNotContain("cli.dateline").doesNotContain("  dateline «");
  }

  @Test
  void anUnknownRuleIsAUsageError() throws Exception {
    CliRun r = CliRun.of("explain", "--pack", pack(), "--rule", "cli.credt", "x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("baoxun: unknown rule 'cli.credt' (did you mean 'cli.credit'?)\n");
  }
}
