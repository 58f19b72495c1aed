package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.diag.PackException;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.PackLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack loading before the command line is parsed is the one the command then asks for. */
class EarlyPackTest {
  private static final Path BUILT_IN = PackLocation.resolve(null);

  @Test
  void aCommandThatLoadsAPackGetsTheOneItsArgumentsName() throws Exception {
    EarlyPack early = EarlyPack.start("extract", "--threads", "2", "seeds/");
    assertThat(early.take(BUILT_IN)).hasValueSatisfying(p -> assertThat(p.rules()).isNotEmpty());
    // Another pack than the guess: the command loads it itself.
    assertThat(early.take(Path.of("elsewhere"))).isEmpty();
  }

  @Test
  void bothSpellingsOfPackAreRead() throws Exception {
    assertThat(EarlyPack.start("check", "--pack", BUILT_IN.toString()).take(BUILT_IN)).isPresent();
    assertThat(EarlyPack.start("check", "--pack=" + BUILT_IN).take(BUILT_IN)).isPresent();
    assertThat(EarlyPack.start("check", "--pack=other").take(BUILT_IN)).isEmpty();
  }

  @Test
  void commandsThatLoadNoPackStartNothing() throws Exception {
    assertThat(EarlyPack.start("values", "3月18日").take(BUILT_IN)).isEmpty();
    assertThat(EarlyPack.start().take(BUILT_IN)).isEmpty();
    assertThat(EarlyPack.start("--help").take(BUILT_IN)).isEmpty();
  }

  @Test
  void whatTheLoadFindsWrongIsThrownToTheCommandThatAsks(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("grammar"));
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(dir.resolve("rules/bad.rules"), "rule broken.x : nosuchrule\n");
    EarlyPack early = EarlyPack.start("extract", "--pack", dir.toString(), "seeds/");
    PackException direct = org.junit.jupiter.api.Assertions.assertThrows(PackException.class, () -> PackLoader.load(dir));
    assertThatThrownBy(() -> early.take(dir))
        .isInstanceOf(PackException.class)
        .satisfies(e -> assertThat(((PackException) e).diagnostics()).isEqualTo(direct.diagnostics()));
  }
}
