package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmenterRobustnessTest {
  private static final int TWO_MB = 2 * 1024 * 1024;

  private static List<Article> segment(String page) {
    return new Segmenter().segment(NormalizedText.of(page));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n\n", " \u3000\r\n\t\uFFFD"})
  void noTextGivesNoArticles(String page) {
    assertThat(segment(page)).isEmpty();
  }

  @Test
  void aPageOfOneParagraphIsOneArticle() {
    String page = "近日，区图书馆开展“书香满城”读书活动，吸引市民500余人参加。活动还将持续一个月。";
    List<Article> articles = segment(page);
    assertThat(articles).hasSize(1);
    Article a = articles.get(0);
    assertThat(a.body()).isEqualTo(new Span(0, page.codePointCount(0, page.length())));
    assertThat(a.paragraphs()).hasSize(1);
    assertThat(a.sentences()).hasSize(2);
    assertThat(a.headline()).isEmpty();
  }

  @Test
  void aPageOfOneShortLineIsOneArticle() {
    assertThat(segment("我区召开安全生产会议")).hasSize(1);
  }

  @Test
  void theSameTextGivesTheSameArticlesOnEveryRunAndThread() {
    NormalizedText text = NormalizedText.of(SegmenterTest.HEADLINE_AFTER_BODY.repeat(50));
    List<Article> first = new Segmenter().segment(text);
    List<List<Article>> again =
        IntStream.range(0, 16).parallel().mapToObj(i -> new Segmenter().segment(text)).toList();
    assertThat(again).allSatisfy(a -> assertThat(a).isEqualTo(first));
  }

  @Test
  void aTwoMegabytePageOfArticlesIsSegmentedInLinearTime() {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    while (sb.length() < TWO_MB) {
      sb.append(" 本报讯（记者 刘晓东） 5月").append(n % 28 + 1).append("日\n上午，全区第")
          .append(n).append("次安全生产工作会议召开。区\n委常委、副区长孙明出席会议并讲话。\n\n")
          .append("孙明强调，要压实安全生产责\n任，坚决遏制重特大事故发生。\n\n")
          .append("我区部署第").append(n).append("次安全生产工作\n\n");
      n++;
    }
    String page = sb.toString();
    int articles = n;
    List<Article> out = segment(page);
    assertThat(out).hasSize(articles);
    assertThat(out).allSatisfy(a -> assertThat(a.headline()).isPresent());
  }

  @Test
  void rawHardWrapsOfTwoMegabytesJoinIntoOneUnit() {
    // the normaliser joins these itself; the segmenter's own joining must scale too
    int[] page = "疫情防控\n".repeat(TWO_MB / 5).codePoints().toArray();
    assertThat(UnitReader.read(page)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "疫情防控工作", // one endless line with no mark at all
        "疫情防控\n", // endless hard wraps inside one sentence
        "本报讯\n\n", // nothing but datelines
        "我区召开会议\n\n继续推进工作，\n\n", // headline-like lines between unfinished text
        "“我们……等", // unmatched quotes and ellipses that never end a sentence
        "(张三)\n", // nothing but credits
        "a.b.", // half-width periods
      })
  void pathologicalTwoMegabytePagesSegment(String unit) {
    String page = unit.repeat(TWO_MB / unit.length());
    assertThat(segment(page)).isNotEmpty();
  }
}
