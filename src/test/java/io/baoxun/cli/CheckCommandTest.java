package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path tmp;

  /** A copy of the command-line test pack (text and persons only: it needs no value layer). */
  private Path pack() throws IOException, URISyntaxException {
    Path from = Path.of(CheckCommandTest.class.getResource("/rule/clipack").toURI());
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path to = tmp.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return tmp;
  }

  private void append(Path pack, String text) throws IOException {
    Files.writeString(pack.resolve("rules/credits.rules"), text, StandardOpenOption.APPEND);
  }

  @Test
  void allExamplesPass() throws Exception {
    CliRun r = CliRun.of("check", "--pack", pack().toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("3 passed, 0 failed\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aFailingExampleIsPrintedWithItsReasonAndExitsOne() throws Exception {
    Path pack = pack();
    append(pack, "\ntype People { people: list<person> }\nrule cli.more {\n  summary \"s\"\n  match credit\n  emit People { people = [person(n) for n in $names] }\n"
        + "  example \"（通讯员 李平 郑直）\" { people = \"[李平, 郑直/通讯员]\" }\n}\n");
    CliRun r = CliRun.of("check", "--pack", pack.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out())
        .isEqualTo(
            "FAIL " + pack + "/rules/credits.rules:42 cli.more «（通讯员 李平 郑直）»\n"
                + "     field people: expected \"[李平, 郑直/通讯员]\" got \"[李平, 郑直]\"\n"
                + "3 passed, 1 failed\n");
  }

  @Test
  void aSyntaxErrorExitsTwoNamingFileLineAndColumnWithoutAStackTrace() throws Exception {
    Path pack = pack();
    append(pack, "\nrule cli.broken {\n  summary \"s\"\n  emit Credit {\n    people = [\n}\n");
    CliRun r = CliRun.of("check", "--pack", pack.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            pack + "/rules/credits.rules:41:1: error: expected an expression but found '}'\n"
                + "}\n"
                + "^\n"
                + "1 problem in the pack\n")
        .doesNotContain("Exception");
  }

  @Test
  void typeErrorsAreAllReported() throws Exception {
    Path pack = pack();
    append(pack, "\nrule cli.typo {\n  summary \"s\"\n  match credti\n  emit Credit { peeple = [] }\n  example \"x\"\n}\n");
    CliRun r = CliRun.of("check", "--pack", pack.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(pack + "/rules/credits.rules:39:9: error: unknown grammar rule 'credti' (did you mean 'credit'?)\n  match credti\n        ^\n")
        .contains(pack + "/rules/credits.rules:40:17: error: unknown field 'peeple' in Credit (did you mean 'people'?)")
        .contains(pack + "/rules/credits.rules:40:8: error: required field 'people' of Credit is never assigned")
        .endsWith("3 problems in the pack\n");
  }

  @Test
  void aMissingPackExitsTwo() {
    CliRun r = CliRun.of("check", "--pack", tmp.resolve("none").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith(tmp.resolve("none") + ": error: no pack folder here\n");
  }

  @Test
  void verboseListsPassingExamplesToo() throws Exception {
    CliRun r = CliRun.of("check", "-v", "--pack", pack().toString());
    assertThat(r.out().lines()).hasSize(4).first().asString().startsWith("ok   ").endsWith("cli.dateline «本报讯（记者 王培源）»");
  }
}
