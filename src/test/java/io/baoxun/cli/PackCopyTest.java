package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.BuiltInPack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in pack is an ordinary pack: a copy of it runs the same, a broken copy says where. */
class PackCopyTest {
  @TempDir Path dir;

  private Path copyPack() throws IOException {
    return BuiltInPack.copy(Path.of("."), dir.resolve("mypack"));
  }

  @Test
  void aCopyOfThePackGivesTheSameFacts() throws IOException {
    Path pack = copyPack();
    String builtIn = ExtractCommandTest.run("extract", "seeds/").out();
    String copied = ExtractCommandTest.run("extract", "--pack", pack.toString(), "seeds/").out();
    assertThat(copied).isEqualTo(builtIn).contains("\"type\":\"Quantity\"");
  }

  static Stream<String> packFiles() {
    try (Stream<Path> g = Files.list(Path.of("grammar")); Stream<Path> r = Files.list(Path.of("rules"))) {
      return Stream.concat(g, r)
          .map(Path::toString)
          .filter(f -> f.endsWith(".g4") || f.endsWith(".rules"))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("packFiles")
  void aSyntaxErrorAppendedToAnyFileIsReportedAtItsLine(String file) throws IOException {
    Path pack = copyPack();
    Path broken = pack.resolve(file);
    long lines = Files.readAllLines(broken, StandardCharsets.UTF_8).size();
    String junk = file.endsWith(".g4") ? "\nbroken : ( 'x' ;\n" : "\nrule broken.rule {\n  match (\n";
    Files.writeString(broken, junk, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

    ExtractCommandTest.Run r = ExtractCommandTest.run("check", "--pack", pack.toString());

    assertThat(r.status()).isEqualTo(2);
    String name = broken.getFileName().toString();
    assertThat(r.err())
        .containsPattern(java.util.regex.Pattern.quote(name) + ":(" + (lines + 2) + "|" + (lines + 3) + "):\\d+: error: ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
