package io.baoxun.beam;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small corpus with what seeds/ lacks: reports that the checks across documents judge (a count
 * that falls, one that rises, two statements as of the same hour in documents whose input order is
 * not their name order), and inputs that cannot be read.
 */
final class Corpus {
  private Corpus() {}

  /**
   * Writes the corpus under {@code dir}; returns the arguments to run it with. The tie: {@code
   * tie.txt} (510万, 3月20日) comes first in input order but after {@code pages/a/early.txt} (500万,
   * 3月20日) by name. In input order the fact before {@code late.txt}'s 505万 (3月21日) is 500万: a
   * pass; by name it would be 510万: a fail.
   */
  static List<String> write(Path dir) throws IOException {
    text(dir.resolve("tie.txt"), "截至3月20日12时，全市完成核酸检测510.0万人次。");
    text(dir.resolve("pages/a/early.txt"), "截至3月20日12时，全市完成核酸检测500.0万人次。");
    text(dir.resolve("pages/b/late.txt"), "截至3月21日12时，全市完成核酸检测505.0万人次。\n\n截至5月1日24时，全省累计报告本土确诊病例2,085例。");
    text(dir.resolve("pages/b/skip.jsonl"), "{\"id\":\"not read: folders give only *.txt\",\"text\":\"\"}\n");
    Files.write(dir.resolve("pages/gbk.txt"), "截至3月22日12时，全市完成核酸检测499.0万人次。".getBytes(Charset.forName("GB18030")));
    text(dir.resolve("docs.jsonl"), String.join("\n",
        "{\"id\":\"j1\",\"text\":\"截至5月2日24时，全省累计报告本土确诊病例2,058例。\"}",
        "",
        "{\"id\":\"j2\",\"text\":\"截至3月23日12时，全市完成核酸检测530.0万人次。\"}",
        "{\"id\": 3}",
        "not json"));
    Files.write(dir.resolve("broken.txt"), new byte[] {'a', 'b', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 1, 2});
    return List.of(
        dir.resolve("tie.txt").toString(),
        dir.resolve("pages").toString(),
        dir.resolve("docs.jsonl").toString(),
        dir.resolve("broken.txt").toString(),
        dir.resolve("missing.txt").toString());
  }

  private static void text(Path f, String s) throws IOException {
    Files.createDirectories(f.getParent());
    Files.writeString(f, s, StandardCharsets.UTF_8);
  }
}
