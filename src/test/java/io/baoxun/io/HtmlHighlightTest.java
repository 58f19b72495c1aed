package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.text.Span;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Marks nest as facts nest, overlaps split without losing a character, and text is escaped. */
class HtmlHighlightTest {
  private static HtmlHighlight.Mark mark(int start, int end, String anchor) {
    return new HtmlHighlight.Mark(new Span(start, end), anchor, "f", anchor + " title");
  }

  private static Element body(String html) {
    return Jsoup.parseBodyFragment("<div id=\"t\">" + html + "</div>").getElementById("t");
  }

  @Test
  void nestedMarksNestAndTheTextIsShownOnce() {
    String text = "截至3月20日，完成518.3万人次。";
    Element t = body(HtmlHighlight.render(text, List.of(mark(0, 18, "outer"), mark(10, 18, "inner"))));
    assertThat(t.wholeText()).isEqualTo(text);
    assertThat(t.getElementById("outer").wholeText()).isEqualTo("截至3月20日，完成518.3万人次");
    assertThat(t.getElementById("inner").parent().id()).isEqualTo("outer");
    assertThat(t.getElementById("inner").wholeText()).isEqualTo("518.3万人次");
  }

  @Test
  void overlappingMarksAreSplitAndOnlyTheFirstPieceCarriesTheAnchor() {
    Element t = body(HtmlHighlight.render("abcdef", List.of(mark(0, 4, "a"), mark(2, 6, "b"))));
    assertThat(t.wholeText()).isEqualTo("abcdef");
    assertThat(t.getElementById("a").wholeText()).isEqualTo("abcd");
    assertThat(t.getElementById("b").wholeText()).isEqualTo("cd");
    assertThat(t.select("span[title='b title']")).extracting(Element::wholeText).containsExactly("cd", "ef");
    assertThat(t.select("[id=b]")).hasSize(1);
    assertThat(t.select("[data-fact=b]")).extracting(Element::wholeText).containsExactly("cd", "ef");
  }

  @Test
  void offsetsAreCodePointsSoCharactersBeyondTheBmpCountOnce() {
    String text = "𠀀甲𠀁乙";
    Element t = body(HtmlHighlight.render(text, List.of(mark(1, 3, "m"))));
    assertThat(t.getElementById("m").wholeText()).isEqualTo("甲𠀁");
  }

  @Test
  void textAndTitlesAreEscaped() {
    String text = "<script>alert(1)</script>";
    String html = HtmlHighlight.render(text, List.of(new HtmlHighlight.Mark(new Span(0, 8), "m", "f", "\"><img src=x>")));
    assertThat(html).doesNotContain("<script", "<img");
    Element t = body(html);
    assertThat(t.wholeText()).isEqualTo(text);
    assertThat(t.getElementById("m").attr("title")).isEqualTo("\"><img src=x>");
    assertThat(t.select("script, img")).isEmpty();
  }

  @Test
  void aMarkBeyondTheTextIsLeftOutRatherThanFailingTheReport() {
    Element t = body(HtmlHighlight.render("abc", List.of(mark(1, 9, "x"))));
    assertThat(t.wholeText()).isEqualTo("abc");
    assertThat(t.getElementById("x")).isNull();
  }
}
