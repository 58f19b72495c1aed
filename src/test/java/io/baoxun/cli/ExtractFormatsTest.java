package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --format brat} and {@code --format csv}: folders a tool or a spreadsheet opens. */
class ExtractFormatsTest {
  /**
   * 𠮷 (U+20BB7) is one code point but two UTF-16 units, and the lines end in CR LF, which brat
   * reads as one character: 79.4万人次 is at 25-32 for baoxun, at 24-31 for brat.
   */
  static final String PAGE = "𠮷野家\r\n截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。\r\n";

  @TempDir Path dir;

  private Path page(String name, String text) throws IOException {
    return Files.writeString(Files.createDirectories(dir.resolve("in")).resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void bratGetsTheTextAndItsAnnotationsCountedAsBratCounts() throws IOException {
    Path in = page("p.txt", PAGE);
    Path out = dir.resolve("brat");

    CliRun r = CliRun.of("extract", "--format", "brat", "--out", out.toString(), in.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("p.txt"), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    List<String> ann = Files.readAllLines(out.resolve("p.ann"), StandardCharsets.UTF_8);
    assertThat(ann).contains("T5\tQuantity 24 31\t79.4万人次", "#5\tAnnotatorNotes T5\trule=bulletin.quantity; value=794000; unit=人次");
    // Read the text as brat's server does (CR LF as one, code points) and check every annotation.
    int[] seen = PAGE.replace("\r\n", "\n").codePoints().toArray();
    for (String line : ann) {
      if (line.startsWith("T")) {
        String[] parts = line.split("\t");
        String spans = parts[1].substring(parts[1].indexOf(' ') + 1);
        StringBuilder text = new StringBuilder();
        for (String fragment : spans.split(";")) {
          String[] se = fragment.split(" ");
          text.append(text.length() == 0 ? "" : " ").append(new String(seen, Integer.parseInt(se[0]), Integer.parseInt(se[1]) - Integer.parseInt(se[0])));
        }
        assertThat(parts[2]).as(line).isEqualTo(text.toString());
      }
    }
    // The article spans the line break: one fragment per line.
    assertThat(ann.get(0)).isEqualTo("T1\tArticle 0 3;4 43\t𠮷野家 截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。");
    assertThat(Files.readString(out.resolve("annotation.conf"))).contains("[entities]\nArticle\nQuantity\nRate\nTemporal\nTestingProgress\n");
  }

  @Test
  void bratOutputReadBackAsGoldScoresPerfectlyAgainstTheSameRun() throws IOException {
    Path in = page("p.txt", PAGE);
    Path seed = Path.of("seeds/003_954b6e3d85499b76.txt");
    Path out = dir.resolve("brat");
    assertThat(CliRun.of("extract", "--format", "brat", "--out", out.toString(), in.toString(), seed.toString()).status()).isZero();

    CliRun eval = CliRun.of("eval", "--gold", out.toString(), in.toString(), seed.toString());

    assertThat(eval.status()).as(eval.err()).isZero();
    assertThat(eval.err()).as("every gold document is found among the inputs by its file name").isEmpty();
    assertThat(eval.out())
        .contains("micro            1.000 1.000 1.000")
        .contains("macro F1                     1.000                       1.000")
        .contains("misses (0):")
        .contains("false alarms (0):")
        .contains("TestingProgress  1.000 1.000 1.000    1    0    0");
  }

  @Test
  void failedChecksBecomeErrorAndWarningComments() throws IOException {
    Path breakdown = page("bd.txt", "全市新增确诊病例7例，其中，莘县2例、冠县5例、临清1例。\n");
    Path day1 = page("a1.txt", "截至3月20日12时，全市完成核酸检测518.3万人次，完成比例88.10%。\n");
    Path day2 = page("a2.txt", "截至3月21日12时，全市完成核酸检测506.2万人次，完成比例86.1%。\n");
    Path out = dir.resolve("brat");

    CliRun r = CliRun.of("extract", "--format", "brat", "--out", out.toString(), breakdown.toString(), day1.toString(), day2.toString());

    assertThat(r.status()).isZero();
    assertThat(Files.readAllLines(out.resolve("bd.ann"))).contains("#7\tAnnotationError T2\tbulletin.breakdown_sum failed: 2 + 5 + 1 = 8, total says 7");
    // A check across documents comments on the later document's fact and names the earlier one.
    assertThat(Files.readAllLines(out.resolve("a2.ann"))).contains("#7\tAnnotationWarning T2\tbulletin.cumulative_monotone failed: "
        + "5062000 人次 on XXXX-03-21T12:00 is less than 5183000 人次 on XXXX-03-20T12:00 (T2, " + day1 + "#f2)");
    assertThat(Files.readString(out.resolve("a1.ann"))).doesNotContain("Annotation");
  }

  @Test
  void inputsWithTheSameNameGetFilesOfTheirOwnAndUnreadableOnesAreLogged() throws IOException {
    Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("p.txt"), "今天新增3例。", StandardCharsets.UTF_8);
    Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("p.txt"), "昨天新增5例。", StandardCharsets.UTF_8);
    Path out = dir.resolve("brat");

    CliRun r = CliRun.of("extract", "--format", "brat", "--out", out.toString(), a.toString(), b.toString(), dir.resolve("none.txt").toString());

    assertThat(r.status()).as("an input could not be read").isEqualTo(3);
    assertThat(Files.readString(out.resolve("p.txt"))).isEqualTo("今天新增3例。");
    assertThat(Files.readString(out.resolve("p_2.txt"))).isEqualTo("昨天新增5例。");
    assertThat(Files.readString(out.resolve("errors.log"))).contains("none.txt: no such file or folder");
  }

  @Test
  void csvHasOneFilePerFactTypeWithFlatColumns() throws IOException {
    Path in = page("p.txt", PAGE);
    Path out = dir.resolve("csv");

    CliRun r = CliRun.of("extract", "--format", "csv", "--out", out.toString(), in.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("TestingProgress.csv"), StandardCharsets.UTF_8)).startsWith("\uFEFF");
    List<Map<String, String>> rows = read(out.resolve("TestingProgress.csv"));
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.keySet()).containsExactly("doc", "id", "rule", "start", "end", "text",
          "asOf.value", "region", "activity", "completed.value", "completed.unit", "ratio.value", "ratio.unit");
      assertThat(row).containsEntry("doc", in.toString()).containsEntry("id", "f2").containsEntry("start", "5")
          .containsEntry("completed.value", "794000").containsEntry("ratio.value", "85.35").containsEntry("region", "莘县");
    });
    // A text with a line break and commas survives the round trip through a CSV reader.
    assertThat(read(out.resolve("Article.csv")).get(0).get("text")).isEqualTo(PAGE.substring(0, PAGE.length() - 2));
    assertThat(read(out.resolve("Rate.csv")).get(0)).containsEntry("whole", "").containsEntry("part.unit", "人次");
    assertThat(read(out.resolve("_documents.csv"))).singleElement().satisfies(d -> assertThat(d).containsEntry("facts", "6"));
    assertThat(read(out.resolve("_findings.csv"))).extracting(f -> f.get("check")).contains("bulletin.rate_consistent");
  }

  private static List<Map<String, String>> read(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1); // the BOM
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
      return it.readAll();
    }
  }

  @Test
  void folderFormatsNeedAFolder() throws IOException {
    Path in = page("p.txt", PAGE);
    CliRun none = CliRun.of("extract", "--format", "brat", in.toString());
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).isEqualTo("baoxun: --format brat writes a folder of files: give --out DIR\n");
    CliRun file = CliRun.of("extract", "--format", "csv", "--out", in.toString(), in.toString());
    assertThat(file.status()).isEqualTo(2);
    assertThat(file.err()).contains("(" + in + " is a file)");
    assertThat(CliRun.of("extract", "--format", "xml", in.toString()).err()).contains("known: jsonl, html, brat, csv");
  }
}
