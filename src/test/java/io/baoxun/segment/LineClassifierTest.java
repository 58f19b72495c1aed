package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The line-level detectors: datelines, bylines, credits, headline candidates. */
class LineClassifierTest {
  private static String dateline(String line) {
    CompactText t = CompactText.of(line);
    int end = DatelineFinder.matchAt(t, 0);
    return end < 0 ? "" : t.sub(DatelineFinder.startAt(t, 0), end).toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "本报讯 近日，城关镇召开会议。|本报讯",
        "本报讯（记者 刘晓东） 5月6日上午，会议召开。|本报讯(记者刘晓东)",
        "本报讯(通讯员 周红)5月6日|本报讯(通讯员周红)",
        "本报5月7日讯（通讯员 周红 李明）5月6日，|本报5月7日讯(通讯员周红李明)",
        "本报 5 月 7 日讯 5月6日，|本报5月7日讯",
        "本报北京5月7日讯 记者从教育部获悉，|本报北京5月7日讯",
        "齐鲁晚报讯（记者 李四）5月9日起，|齐鲁晚报讯(记者李四)",
        "大众网讯 记者从省农业农村厅获悉，|大众网讯",
        "人民网消息 近日，各地中小学|人民网消息",
        "新华社北京5月10日电（记者 张三）国家统计局|新华社北京5月10日电(记者张三)",
        "■本报讯 今年以来，|本报讯",
      })
  void findsDatelinesOfThisAndOtherOutlets(String line, String expected) {
    assertThat(dateline(line)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void aDatelineWrappedAcrossLinesIsOneDateline() {
    assertThat(dateline("本报1月11日讯（通讯员 李\n平 郑直）1月7日，")).isEqualTo("本报1月11日讯(通讯员李平郑直)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "据新华社消息，今年粮食产量稳定。",
        "通讯员队伍不断壮大。",
        "快讯：全市降雨量达50毫米。",
        "本报记者从市教育局了解到，",
        "好消息传来，项目顺利通过验收。",
        "电视台记者在现场采访。",
      })
  void bodyOpeningsAreNoDatelines(String line) {
    assertThat(dateline(line)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"■ 本报记者 林金彦", "本报记者 张三 通讯员 李四", "记者 王五 报道", "●本报通讯员 赵六"})
  void bylinesStandAlone(String line) {
    assertThat(DatelineFinder.isByline(CompactText.of(line))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"记者感言", "记者手记", "本报记者 张三 摄", "记者从市统计局获悉，一季度GDP增长5%。"})
  void columnLabelsAndSentencesAreNoBylines(String line) {
    assertThat(DatelineFinder.isByline(CompactText.of(line))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "（张蕾）", "(融媒体 裴崇旭)", "(区综合行政执法局)", "（记者 王芳 通讯员 李明）", "(经济日报)",
        "边艺洲 摄", "本报记者 张三 摄", "图/李四", "文/图 王五",
      })
  void creditsStandAlone(String line) {
    assertThat(CreditFinder.isStandalone(CompactText.of(line))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"（RCEP）", "（12岁以上）", "(2022年)", "组织拍摄", "全市共完成拍摄任务120项"})
  void bracketsThatAreNoCredits(String line) {
    assertThat(CreditFinder.isStandalone(CompactText.of(line))).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "工作有序开展。 （张蕾）|true",
        "他说：“没问题。”（王宗阳 卓婷）|true",
        "货物关税由7%降为0（RCEP）|false",
        "组织全区符合条件（12岁以上）|false",
      })
  void creditsClosingALine(String line, boolean credit) {
    assertThat(CreditFinder.trailingCreditStart(CompactText.of(line)) >= 0).isEqualTo(credit);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "我区部署安全生产工作",
        "区卫生局：筑牢疫情防控健康防线",
        "“无论在哪里，都要展现聊城人的担当”",
        "——高新区疫情防控下沉工作组服务社区剪影",
        "冠县、茌平获评",
        "我市签发首张对马来西亚RCEP原产地证书",
        "3.5万名志愿者在行动",
        "十大工程全面开工",
      })
  void headlineCandidates(String line) {
    assertThat(HeadlineDetector.isCandidate(CompactText.of(line))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "根据降税清单，山东鲁岳汽",
        "“我们深知疫情当前，任何一个细节都",
        "切实抓好疫苗接种工作。",
        "主要做法如下：",
        "88.10%",
        "一、加强组织领导",
        "（二）压实工作责任",
        "3.强化督导检查",
        "截至3月20日12时",
        "截止 11:00时",
        "一是提高政治站位",
        "这是一个远远超过四十个字的很长很长很长的句子片段没有任何标点符号但是实在太长了不像标题",
      })
  void noHeadlineCandidates(String line) {
    assertThat(HeadlineDetector.isCandidate(CompactText.of(line))).isFalse();
  }
}
