package io.baoxun.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line: exit 2 with one line saying what is wrong, before anything runs. */
class UsageTest {
  @TempDir Path tmp;

  private record Result(int status, String err) {}

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = PipelineMain.run(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err), args);
    return new Result(status, err.toString());
  }

  @Test
  void anUnknownRunnerIsNamed() {
    Result r = run("--runner", "NoSuchRunner", "--out", tmp.resolve("o").toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("baoxun: ").contains("NoSuchRunner").doesNotContain("\tat ");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(tmp.resolve("o")).doesNotExist();
  }

  @Test
  void runnerAndOutAreRequired() {
    assertThat(run("--out", tmp.toString(), "seeds/").err()).contains("--runner");
    assertThat(run("--runner", "DirectRunner", "seeds/").status()).isEqualTo(2);
  }

  @Test
  void optionsOfTheRunnerAreWrittenWithAnEqualsSign() {
    Result r = run("--runner", "FlinkRunner", "--flinkMaster", "[local]", "--out", tmp.toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("baoxun: unknown option '--flinkMaster' (options of the runner are written --name=value)\n");
  }

  @Test
  void anOptionNoRunnerKnowsIsNamed() {
    Result r = run("--runner", "DirectRunner", "--colour=blue", "--out", tmp.toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("baoxun: ").contains("colour");
  }

  @Test
  void aBadPackNamesTheFileAndExitsTwo() throws Exception {
    Path pack = tmp.resolve("pack");
    Files.createDirectories(pack.resolve("grammar"));
    Result r = run("--pack", pack.toString(), "--runner", "DirectRunner", "--out", tmp.resolve("o").toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("a pack needs a rules/ folder").contains("1 problem in the pack");
  }

  @Test
  void anUnknownFailOnIsNamed() {
    Result r = run("--fail-on", "fatal", "--runner", "DirectRunner", "--out", tmp.toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("baoxun: unknown --fail-on 'fatal' (known: error, warning)\n");
  }

  @Test
  void anOutThatIsAFileIsNamed() throws Exception {
    Path file = Files.writeString(tmp.resolve("taken"), "a file, not a folder");
    Result r = run("--runner", "DirectRunner", "--out", file.toString(), "seeds/");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("baoxun: cannot write to --out " + file).doesNotContain("\tat ");
  }
}
