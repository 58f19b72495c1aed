package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every subcommand answers --help with its own usage, whatever it otherwise requires. */
class HelpTest {
  static Stream<String> subcommands() {
    return new CommandLine(new Main()).getSubcommands().keySet().stream();
  }

  @org.junit.jupiter.api.Test
  void theTopLevelHelpListsTheSubcommandsAndThePipeline() {
    CliRun r = CliRun.of("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("extract", "check", "explain", "pipeline");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void helpShowsTheSubcommandsUsage(String name) {
    CliRun r = CliRun.of(name, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: baoxun " + name).contains("--help");
    assertThat(r.err()).isEmpty();
    // The top level's footer about the Beam pipeline is not repeated under each subcommand.
    assertThat(r.out()).doesNotContain("./baoxun pipeline");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void versionIsTheTopLevelsVersion(String name) {
    CliRun r = CliRun.of(name, "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out().strip()).isEqualTo(CliRun.of("--version").out().strip()).startsWith("baoxun ");
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void shortHelpToo(String name) {
    assertThat(CliRun.of(name, "-h").out()).startsWith("Usage: baoxun " + name);
  }
}
