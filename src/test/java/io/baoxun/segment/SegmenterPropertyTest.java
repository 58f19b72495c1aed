package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the page, the segmentation is well formed and the same on every run. */
class SegmenterPropertyTest {
  /** Pieces of the genre, glued at random: datelines, credits, headlines, body, marks, breaks. */
  private static final List<String> PIECES =
      List.of(
          " 本报讯（记者 王培源） ", "本报1月11日讯（通讯员 李\n平）", "■ 本报记者 林金彦", "新华社北京3月18日电",
          "（张蕾）", "(融媒体 裴崇旭)", "边艺洲 摄", "我市召开安全生产会议", "区卫生局：筑牢防线",
          "——纪实", "3月18日下午，", "全市完成检测518.3万人次，", "比例88.10%。", "“您好，请扫码。”",
          "他说：“好！", "……", "等", "；", "。", "!", "?", ".", "2.2吨", "“", "”", "（", "）",
          "\n", "\n\n", "\n\n\n\n", "\r\n", " ", "\u3000", "\uFFFD", "记者感言", "图为");

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 400)
  void spansAreOrderedNestedAndInsideTheText(@ForAll("pages") String page) {
    NormalizedText text = NormalizedText.of(page);
    List<Article> articles = new Segmenter().segment(text);
    int length = text.length();
    int lastEnd = 0;
    List<Span> bodies = new ArrayList<>();
    for (Article a : articles) {
      Span body = a.body();
      assertThat(body.start()).isGreaterThanOrEqualTo(lastEnd);
      assertThat(body.end()).isLessThanOrEqualTo(length);
      assertThat(body.isEmpty()).isFalse();
      lastEnd = body.end();
      bodies.add(body);
      a.dateline().ifPresent(d -> assertThat(body.contains(d)).isTrue());
      assertThat(a.paragraphs()).isNotEmpty();
      int pEnd = body.start();
      for (Paragraph p : a.paragraphs()) {
        assertThat(body.contains(p.span())).isTrue();
        assertThat(p.span().start()).isGreaterThanOrEqualTo(pEnd);
        pEnd = p.span().end();
        int sEnd = p.span().start();
        for (Span s : p.sentences()) {
          assertThat(p.span().contains(s)).isTrue();
          assertThat(s.start()).isGreaterThanOrEqualTo(sEnd);
          assertThat(s.isEmpty()).isFalse();
          sEnd = s.end();
        }
      }
    }
    for (Article a : articles) {
      a.headline()
          .ifPresent(
              h -> {
                assertThat(h.end()).isLessThanOrEqualTo(length);
                assertThat(bodies).noneMatch(b -> b.overlaps(h));
              });
    }
    if (!text.text().isBlank()) {
      assertThat(articles).isNotEmpty();
    }
  }

  @Property(tries = 200)
  void segmentationIsAPureFunctionOfTheText(@ForAll("pages") String page) {
    NormalizedText text = NormalizedText.of(page);
    assertThat(new Segmenter().segment(text)).isEqualTo(new Segmenter().segment(NormalizedText.of(page)));
  }
}
