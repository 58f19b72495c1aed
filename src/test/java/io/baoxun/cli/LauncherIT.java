package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The launcher as a user runs it, on the jar this build made (failsafe runs this after packaging):
 * standard output holds JSON Lines only, also on the first run after a build, which records the
 * class archive as it exits; the runs after it map that archive; and options that choose their
 * own collector are respected.
 */
class LauncherIT {
  private static final Path HOME = Path.of("").toAbsolutePath();
  private static final String PAGE = "seeds/000_346f90c6c90c1c6c.txt";

  private record Run(int status, String out, String err) {}

  @Test
  void everyRunPrintsRecordsOnlyAndLaterRunsMapTheClassArchive() throws Exception {
    assertThat(HOME.resolve("target/baoxun.jar")).exists();
    Path archive = HOME.resolve("target/baoxun.jsa");
    Files.deleteIfExists(archive);

    Run first = run(Map.of(), "extract", PAGE);
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).doesNotContain("building");
    List<String> lines = first.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(100).allMatch(l -> l.startsWith("{\"kind\":"));
    assertThat(archive).exists();

    // -Xshare:on makes the JVM refuse to start when it cannot map the archive.
    Run second = run(Map.of("BAOXUN_JAVA_OPTS", "-Xshare:on"), "extract", PAGE);
    assertThat(second.status()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());

    Run g1 = run(Map.of("BAOXUN_JAVA_OPTS", "-XX:+UseG1GC -Xmx256m"), "extract", PAGE);
    assertThat(g1.status()).as(g1.err()).isZero();
    assertThat(g1.out()).isEqualTo(first.out());

    Run plain = run(Map.of("BAOXUN_CDS", "off"), "extract", PAGE);
    assertThat(plain.out()).isEqualTo(first.out());
  }

  private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(concat(List.of("bash", HOME.resolve("baoxun").toString()), args))
          .directory(HOME.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      pb.environment().remove("BAOXUN_JAVA_OPTS");
      pb.environment().remove("BAOXUN_CDS");
      pb.environment().putAll(env);
      int status = pb.start().waitFor();
      return new Run(status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> all = new java.util.ArrayList<>(head);
    all.addAll(List.of(tail));
    return all;
  }
}
