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

  @ParameterizedTest
  @MethodSource("subcommands")
  void helpShowsTheSubcommandsUsage(String name) {
    CliRun r = CliRun.of(name, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("Usage: baoxun " + name).contains("--help");
    assertThat(r.err()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void shortHelpToo(String name) {
    assertThat(CliRun.of(name, "-h").out()).startsWith("Usage: baoxun " + name);
  }
}
