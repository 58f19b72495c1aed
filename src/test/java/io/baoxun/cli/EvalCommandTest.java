package io.baoxun.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baoxun eval} reproduces scores computed by hand, from gold in brat standoff and in JSON
 * Lines alike.
 */
class EvalCommandTest {
  /**
   * baoxun reads: TestingProgress 0-38, Temporal 2-10 (XXXX-03-20T12:00), Quantity 20-27 (794000
   * 人次) and 32-38 (85.35 %), and a Rate and the Article, which the gold leaves out (--types).
   */
  private static final String PAGE = "截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。\n";

  /**
   * The gold: T1 is found with its fields (strict hit); T2 is found with another value (a lenient
   * hit only: a miss and a false alarm when strict); T3 is not found at all (a miss); T4 is found;
   * T5 states completed as a bare number, which checks the quantity's value only, and is found.
   */
  private static final String ANN = String.join("\n",
      "T1\tQuantity 20 27\t79.4万人次",
      "#1\tAnnotatorNotes T1\tvalue=794000; unit=人次",
      "T2\tQuantity 32 38\t85.35%",
      "#2\tAnnotatorNotes T2\tvalue=85.3; unit=%",
      "T3\tQuantity 0 2\t截至",
      "#3\tAnnotatorNotes T3\tvalue=1; unit=次",
      "T4\tTemporal 2 10\t3月20日12时",
      "#4\tAnnotatorNotes T4\tvalue=XXXX-03-20T12:00",
      "T5\tTestingProgress 0 38\t截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%",
      "#5\tAnnotatorNotes T5\tcompleted=794000; region=莘县",
      "");

  @TempDir Path dir;
  private Path page;

  @BeforeEach
  void writePage() throws IOException {
    page = Files.writeString(Files.createDirectories(dir.resolve("pages")).resolve("p.txt"), PAGE, StandardCharsets.UTF_8);
  }

  private String eval(Path gold) {
    CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--types", "Quantity,Temporal,TestingProgress", page.toString());
    assertThat(r.status()).as(r.err()).isZero();
    return r.out();
  }

  @Test
  void reproducesHandComputedScoresFromBratGold() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("p.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p.ann"), ANN, StandardCharsets.UTF_8);

    String out = eval(gold);

    // Quantity strict: tp 1 (T1), fp 1 (85.35 is not 85.3), fn 2 (T2, T3): P 1/2, R 1/3, F1 2/5.
    // Lenient: tp 2, fp 0, fn 1: P 1, R 2/3, F1 4/5.
    assertThat(out).contains("Quantity         0.500 0.333 0.400    1    1    2   1.000 0.667 0.800");
    assertThat(out).contains("Temporal         1.000 1.000 1.000    1    0    0   1.000 1.000 1.000");
    assertThat(out).contains("TestingProgress  1.000 1.000 1.000    1    0    0   1.000 1.000 1.000");
    // Micro strict: tp 3, fp 1, fn 2: P 3/4, R 3/5, F1 2/3. Lenient: tp 4, fp 0, fn 1: F1 8/9.
    assertThat(out).contains("micro            0.750 0.600 0.667    3    1    2   1.000 0.800 0.889");
    // Macro: strict (2/5 + 1 + 1) / 3, lenient (4/5 + 1 + 1) / 3.
    assertThat(out).contains("macro F1                     0.800                       0.933");
    // Per field, among span-matched pairs: value right in 1 of 2, unit in both.
    assertThat(out).contains("Quantity.value               P 0.500  R 0.333  F1 0.400");
    assertThat(out).contains("Quantity.unit                P 1.000  R 0.667  F1 0.800");
    assertThat(out).contains("TestingProgress.completed    P 1.000  R 1.000  F1 1.000");
    assertThat(out).contains("misses (2):\n  " + page + ":0-2 Quantity «截至»");
    assertThat(out).contains("false alarms (1):\n  " + page + ":32-38 Quantity «85.35%»");
  }

  @Test
  void jsonLinesGoldScoresTheSameAsBratGold() throws IOException {
    Path brat = Files.createDirectories(dir.resolve("brat"));
    Files.writeString(brat.resolve("p.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(brat.resolve("p.ann"), ANN, StandardCharsets.UTF_8);
    String doc = "\"doc\":\"" + page + "\"";
    Path jsonl = Files.writeString(dir.resolve("gold.jsonl"), String.join("\n",
        "{\"kind\":\"fact\"," + doc + ",\"type\":\"Quantity\",\"start\":20,\"end\":27,\"text\":\"79.4万人次\",\"fields\":{\"value\":794000,\"unit\":\"人次\"}}",
        "{\"kind\":\"fact\"," + doc + ",\"type\":\"Quantity\",\"start\":32,\"end\":38,\"text\":\"85.35%\",\"fields\":{\"value\":85.3,\"unit\":\"%\"}}",
        "{\"kind\":\"fact\"," + doc + ",\"type\":\"Quantity\",\"start\":0,\"end\":2,\"text\":\"截至\",\"fields\":{\"value\":1,\"unit\":\"次\"}}",
        "{\"kind\":\"fact\"," + doc + ",\"type\":\"Temporal\",\"start\":2,\"end\":10,\"text\":\"3月20日12时\",\"fields\":{\"value\":\"XXXX-03-20T12:00\"}}",
        "{\"kind\":\"fact\"," + doc + ",\"type\":\"TestingProgress\",\"start\":0,\"end\":38,\"text\":\"截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%\",\"fields\":{\"completed\":794000,\"region\":\"莘县\"}}",
        ""), StandardCharsets.UTF_8);

    assertThat(eval(jsonl)).isEqualTo(eval(brat));
  }

  @Test
  void goldThatDoesNotReadIsAUsageErrorNamingItsLine() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("p.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("p.ann"), "T1\tQuantity 20 27\t79.5万人次\n", StandardCharsets.UTF_8);

    CliRun r = CliRun.of("eval", "--gold", gold.toString(), page.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("baoxun: gold: " + gold.resolve("p.ann") + ":1: T1 says «79.5万人次» but the text there is «79.4万人次»");
    assertThat(CliRun.of("eval", "--gold", dir.resolve("none").toString(), page.toString()).err())
        .isEqualTo("baoxun: gold: " + dir.resolve("none") + ": no such file or folder\n");
  }

  @Test
  void goldOfDocumentsNotAmongTheInputsIsNamed() throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("other.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("other.ann"), "T1\tQuantity 20 27\t79.4万人次\n", StandardCharsets.UTF_8);

    CliRun r = CliRun.of("eval", "--gold", gold.toString(), "--types", "Quantity", page.toString());

    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("the gold describes 1 document(s) that are not among the inputs: " + gold.resolve("other.txt"));
    assertThat(r.out()).contains("misses (1):");
  }
}
