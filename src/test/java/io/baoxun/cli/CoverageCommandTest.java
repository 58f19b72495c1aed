package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageCommandTest {
  @TempDir Path dir;

  @Test
  void reportsWhatNeverFiredAndWhyAndTheConflicts() throws IOException, URISyntaxException {
    String pack = Path.of(CoverageCommandTest.class.getResource("/regress/coveragepack").toURI()).toString();
    Path page = Files.writeString(dir.resolve("page.txt"), "本报讯（记者 王培源）【防疫】口号：团结\n（通讯员 李平 郑直）\n", StandardCharsets.UTF_8);

    CliRun r = CliRun.of("coverage", "--pack", pack, page.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("coverage on 1 document(s)")
        .contains("rules: 2 of 5 made facts")
        .containsPattern("cov\\.credit +2 +0 +0 +2")
        .contains("rules that never made a fact (3):")
        .containsPattern("cov\\.tag_fixed \\(.*cov\\.rules:\\d+\\): matched 1 time\\(s\\); lost 1 to cov\\.tag")
        .containsPattern("cov\\.quiet_motto \\(.*\\): matched 1 time\\(s\\); rejected 1: when is false")
        .containsPattern("cov\\.never \\(.*\\): its grammar rule unseen never matched")
        .contains("grammar rules: 6 of 8 matched; never matched: unseen, spare")
        .containsPattern("roles\\.txt: 1 of 3: 摄影")
        .contains("conflicts: rules that read the same span differently (1):\n  " + page + ":11-15 Tag «【防疫】»\n"
            + "    kept cov.tag {label: 防疫}\n    lost cov.tag_fixed {label: 标签}");
  }

  @Test
  void aBadPackExitsTwo() {
    CliRun r = CliRun.of("coverage", "--pack", dir.toString(), "x.txt");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("a pack needs a grammar/ folder");
  }
}
