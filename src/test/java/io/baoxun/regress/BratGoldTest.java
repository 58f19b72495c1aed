package io.baoxun.regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baoxun.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratGoldTest {
  /**
   * 𠮷 (U+20BB7) is one code point and two UTF-16 units; the lines end in CR LF. In baoxun's
   * offsets 79.4万人次 is 25-32.
   */
  private static final String TEXT = "𠮷野家\r\n截至3月20日12时，莘县已完成核酸检测79.4万人次，完成比例85.35%。\r\n";

  @TempDir Path dir;

  private Path write(String name, String ann) throws IOException {
    Files.writeString(dir.resolve(name + ".txt"), TEXT, StandardCharsets.UTF_8);
    return Files.writeString(dir.resolve(name + ".ann"), ann, StandardCharsets.UTF_8);
  }

  @Test
  void offsetsAsBratsServerCountsThemAreConvertedToCodePointsOfTheText() throws IOException {
    // brat reads CR LF as one character: 79.4万人次 is at 24-31 there.
    Path ann = write("u", "T1\tQuantity 24 31\t79.4万人次\n#1\tAnnotatorNotes T1\tvalue=794000; unit=人次\n");

    List<GoldFact> gold = BratGold.read(ann);

    assertThat(gold).hasSize(1);
    GoldFact f = gold.get(0);
    assertThat(f.doc()).isEqualTo(dir.resolve("u.txt").toString());
    assertThat(f.type()).isEqualTo("Quantity");
    assertThat(f.span()).isEqualTo(new Span(25, 32));
    assertThat(f.text()).isEqualTo("79.4万人次");
    assertThat(f.fields().get("value").decimalValue()).isEqualByComparingTo("794000");
    assertThat(f.fields().get("unit").asText()).isEqualTo("人次");
  }

  @Test
  void offsetsInUtf16UnitsFromJavaToolsAreRecognisedAndConverted() throws IOException {
    // A Java tool counts 𠮷 as two units and CR LF as two: 79.4万人次 is at 26-33.
    Path ann = write("u", "T1\tQuantity 26 33\t79.4万人次\n");
    assertThat(BratGold.read(ann)).singleElement().extracting(GoldFact::span).isEqualTo(new Span(25, 32));
  }

  @Test
  void aFactAcrossLinesIsItsFragmentsHull() throws IOException {
    // 家 (2) and 截至 (4-6 in brat's count, after the one-character line break), joined by a space.
    Path ann = write("u", "T1\tHeadline 2 3;4 6\t家 截至\nA1\tregion T1 莘县\nA2\tconfirmed T1\nR1\tPart Arg1:T1 Arg2:T1\n");
    GoldFact f = BratGold.read(ann).get(0);
    assertThat(f.span()).isEqualTo(new Span(2, 7));
    assertThat(f.text()).isEqualTo("家\r\n截至");
    assertThat(f.fields().get("region").asText()).isEqualTo("莘县");
    assertThat(f.fields().get("confirmed").asBoolean()).isTrue();
  }

  @Test
  void theRuleOfAFactWrittenByBaoxunIsKept() throws IOException {
    Path ann = write("u", "T1\tQuantity 24 31\t79.4万人次\n#1\tAnnotatorNotes T1\trule=bulletin.quantity; value=794000\n");
    assertThat(BratGold.read(ann).get(0).rule()).isEqualTo("bulletin.quantity");
  }

  @Test
  void aTextThatMatchesNoCountingIsAnErrorAtItsLine() throws IOException {
    Path ann = write("u", "T1\tQuantity 24 31\t79.4万人次\nT2\tQuantity 24 31\t79.5万人次\n");
    assertThatThrownBy(() -> BratGold.read(ann))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(ann + ":2: T2 says «79.5万人次» but the text there is «79.4万人次»");
  }

  @Test
  void offsetsPastTheEndAreNamed() throws IOException {
    // 46 code points, two CR LF read as one each: 44 characters to brat.
    Path ann = write("u", "T1\tQuantity 24 310\tx\n");
    assertThatThrownBy(() -> BratGold.read(ann)).hasMessage(ann + ":1: T1 24-310 lies outside the text (44 characters)");
  }

  @Test
  void notesOnUndefinedAnnotationsAndBadNotesAreErrors() throws IOException {
    Path ann = write("u", "T1\tQuantity 24 31\t79.4万人次\n#1\tAnnotatorNotes T9\tvalue=1\n");
    assertThatThrownBy(() -> BratGold.read(ann)).hasMessage(ann + ":2: note on T9, which is not defined");
    Path bad = write("v", "T1\tQuantity 24 31\t79.4万人次\n#1\tAnnotatorNotes T1\tvalue 794000\n");
    assertThatThrownBy(() -> BratGold.read(bad)).hasMessage(bad + ":2: note entry 'value 794000' is not name=value");
  }

  @Test
  void annotationsNeedTheirText() throws IOException {
    Path ann = Files.writeString(dir.resolve("alone.ann"), "T1\tQuantity 0 1\tx\n");
    assertThatThrownBy(() -> BratGold.read(ann)).hasMessageContaining("no alone.txt beside it");
  }

  @Test
  void aFolderHoldsBratAndJsonLinesGold() throws IOException {
    write("u", "T1\tQuantity 24 31\t79.4万人次\n");
    Files.writeString(dir.resolve("v.jsonl"),
        "{\"kind\":\"fact\",\"doc\":\"pages/v.txt\",\"type\":\"Temporal\",\"start\":0,\"end\":2,\"text\":\"今天\",\"fields\":{}}\n");
    assertThat(Gold.read(dir)).extracting(GoldFact::type).containsExactly("Quantity", "Temporal");
  }

  @Test
  void goldDocumentsAreMatchedToTheRunsByFileName() throws IOException {
    Path ann = write("u", "T1\tQuantity 24 31\t79.4万人次\n");
    List<GoldFact> gold = BratGold.read(ann);

    Gold.Aligned same = Gold.align(gold, Set.of("pages/u.txt", "pages/v.txt"));
    assertThat(same.facts()).singleElement().extracting(GoldFact::doc).isEqualTo("pages/u.txt");
    assertThat(same.unmatched()).isEmpty();

    Gold.Aligned none = Gold.align(gold, Set.of("a/u.txt", "b/u.txt"));
    assertThat(none.unmatched()).containsExactly(dir.resolve("u.txt").toString());
  }
}
