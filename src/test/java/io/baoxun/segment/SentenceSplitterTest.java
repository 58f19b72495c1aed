package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String paragraph) {
    int[] cps = paragraph.codePoints().toArray();
    return SentenceSplitter.split(cps, new Span(0, cps.length)).stream()
        .map(s -> new String(cps, s.start(), s.length()))
        .toList();
  }

  @Test
  void splitsOnFullAndHalfWidthFinalMarks() {
    assertThat(split("全市新增病例2例。无死亡病例！是否需要隔离？需要。"))
        .containsExactly("全市新增病例2例。", "无死亡病例！", "是否需要隔离？", "需要。");
    assertThat(split("演练圆满结束!下一步怎么办?继续推进."))
        .containsExactly("演练圆满结束!", "下一步怎么办?", "继续推进.");
  }

  @Test
  void semicolonDoesNotEndASentence() {
    assertThat(split("一是加强组织领导；二是压实工作责任；三是强化督导检查。下一步将继续推进。"))
        .containsExactly("一是加强组织领导；二是压实工作责任；三是强化督导检查。", "下一步将继续推进。");
  }

  @Test
  void closingQuoteAfterTheFinalMarkBelongsToTheSentence() {
    assertThat(split("他说：“我们一定把工作做好。”随后赶往现场。"))
        .containsExactly("他说：“我们一定把工作做好。”", "随后赶往现场。");
    assertThat(split("（以上数据截至昨日。）今日另行通报。"))
        .containsExactly("（以上数据截至昨日。）", "今日另行通报。");
  }

  @Test
  void aQuoteThatGoesOnIsKeptWhole() {
    assertThat(split("“快跑！前面有水！”他大声喊道。"))
        .containsExactly("“快跑！前面有水！”", "他大声喊道。");
    assertThat(split("她说：“先排队。再扫码。”然后离开了。"))
        .containsExactly("她说：“先排队。再扫码。”", "然后离开了。");
  }

  @Test
  void aQuoteThatNeverClosesDoesNotSwallowTheParagraph() {
    assertThat(split("“请问这里是医保中心吗？我想咨询备案。工作人员耐心解答。"))
        .containsExactly("“请问这里是医保中心吗？", "我想咨询备案。", "工作人员耐心解答。");
  }

  @Test
  void decimalPointsAndDomainsAreNoSentenceEnds() {
    assertThat(split("完成检测79.4万人次，比例85.35%。详见www.gov.cn网站。"))
        .containsExactly("完成检测79.4万人次，比例85.35%。", "详见www.gov.cn网站。");
    assertThat(split("签约金额17.3亿元.同比增长2.5倍."))
        .containsExactly("签约金额17.3亿元.", "同比增长2.5倍.");
  }

  @Test
  void ellipsisEndsASentenceOnlyWhenANewOneFollows() {
    assertThat(split("清理垃圾、杂草、烟头……社区环境明显改善。"))
        .containsExactly("清理垃圾、杂草、烟头……", "社区环境明显改善。");
    assertThat(split("配送牛奶、蔬菜、药品……等生活物资。"))
        .containsExactly("配送牛奶、蔬菜、药品……等生活物资。");
    assertThat(split("“记录要清晰、要素要齐全……”5月3日，检查组到达现场。"))
        .containsExactly("“记录要清晰、要素要齐全……”", "5月3日，检查组到达现场。");
    assertThat(split("……这些志愿者来自各行各业。"))
        .containsExactly("……这些志愿者来自各行各业。");
  }

  @Test
  void sentencesAcrossAColumnBreakStayWhole() {
    assertThat(split("及时全面精准发\n\n布权威声音，回应社会关切。要坚决阻断输入。"))
        .containsExactly("及时全面精准发\n\n布权威声音，回应社会关切。", "要坚决阻断输入。");
  }

  @Test
  void trailingTextWithoutAMarkIsTheLastSentence() {
    assertThat(split("工作有序开展。 （张蕾）")).containsExactly("工作有序开展。", "（张蕾）");
    assertThat(split("  \n")).isEmpty();
  }
}
