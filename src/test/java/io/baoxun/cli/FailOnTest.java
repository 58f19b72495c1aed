package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.check.CheckPacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --fail-on}, and {@code check} running the checks' examples, through {@link Main#run}. */
class FailOnTest {
  @TempDir Path dir;

  private static final String PACK = CheckPacks.packDir().toString();

  private static String page(String name) {
    return CheckPacks.pages().resolve(name).toString();
  }

  private String text(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p.toString();
  }

  @Test
  void aFailedErrorCheckExits4WithFailOnError() {
    CliRun r = CliRun.of("extract", "--pack", PACK, "--fail-on", "error", page("0320-rate.txt"));
    assertThat(r.status()).isEqualTo(4);
    assertThat(r.out()).contains("\"check\":\"bulletin.rate_consistent\",\"status\":\"fail\"");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void withoutFailOnFindingsNeverChangeTheExitStatus() {
    assertThat(CliRun.of("extract", "--pack", PACK, page("0320-rate.txt")).status()).isZero();
  }

  @Test
  void aCleanRunExits0() {
    assertThat(CliRun.of("extract", "--pack", PACK, "--fail-on", "warning", page("0320.txt"), page("0321.txt")).status())
        .isZero();
  }

  @Test
  void aFailedWarningCountsOnlyForFailOnWarning() throws IOException {
    // 987%: the decimal point lost; ratio_in_range is a warning.
    String p = text("p.txt", "共交办边巡边改事项79个，完成整改78个，完成率达987%。");
    CliRun error = CliRun.of("extract", "--pack", PACK, "--fail-on", "error", p);
    assertThat(error.out()).contains("\"check\":\"bulletin.ratio_in_range\",\"status\":\"fail\"");
    // rate_consistent (an error) fails on it too: 98.73% is no 987%.
    assertThat(error.status()).isEqualTo(4);
    String warningOnly = text("w.txt", "接种率达到987%。");
    assertThat(CliRun.of("extract", "--pack", PACK, "--fail-on", "error", warningOnly).status()).isZero();
    assertThat(CliRun.of("extract", "--pack", PACK, "--fail-on", "warning", warningOnly).status()).isEqualTo(4);
  }

  @Test
  void crossDocumentFailuresCountToo() {
    // cumulative_monotone is a warning: 全市 is the city of the paper it is printed in.
    String[] args = {"extract", "--pack", PACK, "--fail-on", "warning", page("0320.txt"), page("0321-falls.txt")};
    assertThat(CliRun.of(args).status()).isEqualTo(4);
    args[4] = "error";
    assertThat(CliRun.of(args).status()).isZero();
  }

  @Test
  void unreadableInputsExit3WhateverTheChecksSay() {
    CliRun r = CliRun.of("extract", "--pack", PACK, "--fail-on", "error", page("0320-rate.txt"), dir.resolve("none.txt").toString());
    assertThat(r.status()).isEqualTo(3);
  }

  @Test
  void anUnknownSeverityIsAUsageError() {
    CliRun r = CliRun.of("extract", "--pack", PACK, "--fail-on", "fatal", page("0320.txt"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("baoxun: unknown --fail-on 'fatal' (known: error, warning)" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void outputIsByteIdenticalAtAnyThreadCount() {
    String pages = CheckPacks.pages().toString();
    CliRun one = CliRun.of("extract", "--pack", PACK, "--threads", "1", pages);
    CliRun four = CliRun.of("extract", "--pack", PACK, "--threads", "4", pages);
    assertThat(one.out()).contains("#f").isEqualTo(four.out());
  }

  @Test
  void checkRunsTheExamplesOfChecksBesideThoseOfRules() {
    CliRun r = CliRun.of("check", "-v", "--pack", PACK);
    assertThat(r.status()).isZero();
    assertThat(r.out()).containsPattern("ok   " + java.util.regex.Pattern.quote(PACK) + "/rules/checks.rules:\\d+ bulletin.breakdown_sum «");
    assertThat(r.out().lines().filter(l -> l.contains("/rules/checks.rules:"))).hasSizeGreaterThan(25);
  }

  @Test
  void checkReportsAFailingCheckExample() throws IOException {
    Path pack = CheckPacks.withRules(dir.resolve("pack"), "t.rules", """
        check t.sum {
          summary "the parts add up"
          severity error
          for b in Breakdown
          require sum(b.parts.value) == b.total.value
          message "{sum(b.parts.value)}"
          example "我市现有7例无症状感染者，其中，高唐县1例，开发区5例，莘县1例。" { status = "fail" }
        }
        """);
    CliRun r = CliRun.of("check", "--pack", pack.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL " + pack + "/rules/t.rules:7 t.sum «", "     status: expected fail got pass [f2]: 7");
  }
}
