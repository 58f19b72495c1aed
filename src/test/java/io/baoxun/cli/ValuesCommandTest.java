package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesCommandTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void oneJsonArrayPerLineWithOriginalOffsets() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "截至 3 月 20 日 12 时，完成比例88.10%\r\n\n昨天 七八位\n");
    Run r = run("values", "--reference", "2022-03-18T09:30:00", in.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out().split("\n")).containsExactly(
        "[{\"type\":\"time\",\"start\":3,\"end\":16,\"text\":\"3 月 20 日 12 时\",\"value\":\"XXXX-03-20T12:00\"},"
            + "{\"type\":\"percent\",\"start\":21,\"end\":27,\"text\":\"88.10%\",\"value\":88.10,\"unit\":\"%\"}]",
        "[]",
        "[{\"type\":\"time\",\"start\":0,\"end\":2,\"text\":\"昨天\",\"value\":\"2022-03-17\"},"
            + "{\"type\":\"quantity\",\"start\":3,\"end\":6,\"text\":\"七八位\",\"min\":7,\"max\":8,\"unit\":\"位\"},"
            + "{\"type\":\"number\",\"start\":3,\"end\":5,\"text\":\"七八\",\"min\":7,\"max\":8}]");
  }

  @Test
  void relativeTimesStayRelativeWithoutAReference() throws Exception {
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "昨天");
    assertThat(run("values", in.toString()).out())
        .isEqualTo("[{\"type\":\"time\",\"start\":0,\"end\":2,\"text\":\"昨天\",\"value\":\"OFFSET P-1D\"}]\n");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("共3例".getBytes(StandardCharsets.UTF_8)));
      Run r = run("values", "-");
      assertThat(r.status()).isZero();
      assertThat(r.out()).startsWith("[{\"type\":\"quantity\",\"start\":1,\"end\":3,\"text\":\"3例\",\"value\":3,\"unit\":\"例\"}");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void badUsageExitsTwoWithOneLine() {
    Run badRef = run("values", "--reference", "yesterday", "x.txt");
    assertThat(badRef.status()).isEqualTo(2);
    assertThat(badRef.err().strip().lines()).hasSize(1).first().asString().contains("--reference");

    Run noFile = run("values", dir.resolve("missing.txt").toString());
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err().strip().lines()).hasSize(1).first().asString().contains("missing.txt");

    Run badOption = run("values", "--frobnicate");
    assertThat(badOption.status()).isEqualTo(2);
    assertThat(badOption.err().strip().lines()).hasSize(1);
  }

  @Test
  void aBadPackNamesFileLineAndColumn() throws Exception {
    Files.createDirectories(dir.resolve("grammar"));
    Files.writeString(dir.resolve("grammar/Broken.g4"), "grammar Broken;\nr : '年' undefinedRule ;\n");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "3例");
    Run r = run("values", "--pack", dir.toString(), in.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("grammar/Broken.g4:2:").contains("undefinedRule").doesNotContain("Exception");
  }
}
