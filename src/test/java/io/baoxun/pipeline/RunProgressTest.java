package io.baoxun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.io.JsonLinesWriter;
import io.baoxun.rule.Pack;
import io.baoxun.rule.PackLoader;
import io.baoxun.rule.ReadContext;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run tells a progress display: every input read, every document written, in input order. */
class RunProgressTest {
  @TempDir Path dir;

  @Test
  void reportsEachInputAndEachDocumentInOrder() throws Exception {
    Pack pack = PackLoader.load(Path.of("."));
    Path a = Files.writeString(dir.resolve("a.txt"), "截至3月20日12时，全县累计完成核酸检测79.4万人次。");
    Path b = Files.writeString(dir.resolve("b.txt"), "无数字");
    List<String> events = new ArrayList<>();
    RunProgress recorder =
        new RunProgress() {
          @Override
          public void read(Input input) {
            events.add("read " + input.name() + " " + (input instanceof Input.Bytes bytes ? bytes.bytes().length : -1));
          }

          @Override
          public void written(DocumentResult result, int failedChecks) {
            int facts = result instanceof DocumentResult.Processed p ? p.facts().size() : -1;
            events.add("written " + result.doc() + " " + (facts > 0 ? "facts" : "none") + " " + failedChecks);
          }
        };
    StringWriter out = new StringWriter();
    try (JsonLinesWriter w = new JsonLinesWriter(out)) {
      CheckedRun.run(
          new CorpusRunner(new DocumentProcessor(pack, ReadContext.NONE), 2),
          pack.checks(),
          new Inputs(List.of(a.toString(), b.toString(), dir.resolve("missing.txt").toString()), InputStream.nullInputStream()),
          w,
          recorder);
    }
    assertThat(events)
        .containsSubsequence(
            "written " + a + " facts 0", "written " + b + " none 0", "written " + dir.resolve("missing.txt") + " none 0")
        .contains("read " + a + " " + Files.size(a), "read " + b + " " + Files.size(b), "read " + dir.resolve("missing.txt") + " -1");
    assertThat(events.stream().filter(e -> e.startsWith("written"))).hasSize(3);
  }
}
