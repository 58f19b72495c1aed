package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.BuiltInPack;
import io.baoxun.check.Finding;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.ReadContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The writer on bytes (extract's output) writes what the writer on characters encodes. */
class JsonLinesWriterTest {
  /** Full-width punctuation, characters outside the BMP, escapes, a replacement character. */
  private static final String AWKWARD =
      "本报讯（记者 王𠀀平） 3月18日下午，全市完成核酸检测79.4万人次，完成比例88.10%。\n"
          + "其中，𡈽城区“2例”\t\\ 𝟘 \uFFFD 截至3月20日12时，全市累计完成518.3万人次。\n";

  @Test
  void bytesAreTheCharactersInUtf8() throws IOException {
    List<DocumentResult> results = results();
    assertThat(results).anyMatch(r -> r instanceof DocumentResult.Processed p && !p.facts().isEmpty());

    StringWriter chars = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter onChars = new JsonLinesWriter(chars);
        JsonLinesWriter onBytes = new JsonLinesWriter(bytes)) {
      for (DocumentResult r : results) {
        onChars.accept(r);
        onBytes.accept(r);
        // As extract runs: prepared on a worker, written by the writing thread.
        onChars.accept(onChars.prepare(r));
        onBytes.accept(onBytes.prepare(r));
      }
      Finding across = new Finding("counts.steady", "fail", List.of("f1"), "“𠀀” fell from 3 to 2", "warning");
      onChars.writeFinding("a/𠀀.txt", across);
      onBytes.writeFinding("a/𠀀.txt", across);
    }
    assertThat(chars.toString()).contains("𠀀", "（记者", "\\t", "\\\\", "\uFFFD");
    assertThat(bytes.toByteArray()).isEqualTo(chars.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static List<DocumentResult> results() throws IOException {
    DocumentProcessor processor = new DocumentProcessor(BuiltInPack.get(), ReadContext.NONE);
    List<DocumentResult> out = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.add(processor.process(new Input.Bytes(p.toString(), Files.readAllBytes(p))));
      }
    }
    out.add(processor.process(new Input.Bytes("awkward-𠀀.txt", AWKWARD.getBytes(StandardCharsets.UTF_8))));
    out.add(new DocumentResult.Failed("broken-“𠀀”.txt", "broken-“𠀀”.txt:1:1: not text (\"NUL\" bytes)"));
    return out;
  }
}
