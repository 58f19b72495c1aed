package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.segment.Pages.Result;
import org.junit.jupiter.api.Test;

/** Each segmentation heuristic on small pages written in the genre (none taken from the seeds). */
class SegmenterTest {

  /** Narrow columns, hard-wrapped; each body is followed by its headline, then the next dateline. */
  static final String HEADLINE_AFTER_BODY =
      """
       本报讯（记者 刘晓东） 5月6日
      上午，全区安全生产工作会议召开。区
      委常委、副区长孙明出席会议并讲话。

      孙明强调，各部门要压实安全生产责
      任，深入开展隐患排查整治，坚决遏制
      重特大事故发生。

      我区部署安全生产工作

      本报5月7日讯（通讯员 周红）5月6
      日，城关镇组织开展防汛应急演练，
      镇村干部和应急队员80余人参加。

      演练模拟了河道漫堤险情，检验了
      预警、转移、抢险各环节的衔接。

      城关镇开展防汛应急演练
      """;

  @Test
  void headlinesAfterTheirBodiesGoToTheBodyBefore() {
    Result r = Pages.segment(HEADLINE_AFTER_BODY);
    assertThat(r.layout()).isEqualTo(Layout.HEADLINE_AFTER_BODY);
    assertThat(r.headlines()).containsExactly("我区部署安全生产工作", "城关镇开展防汛应急演练");
    assertThat(r.datelines()).containsExactly("本报讯(记者 刘晓东)", "本报5月7日讯(通讯员 周红)");
    assertThat(r.get(0).body()).startsWith("本报讯").endsWith("重特大事故发生。").doesNotContain("我区部署");
    assertThat(r.get(0).paragraphs()).hasSize(2);
    assertThat(r.get(1).body()).endsWith("各环节的衔接。");
  }

  /** Full-width lines, headline above each dateline, as most papers print. */
  static final String HEADLINE_BEFORE_BODY =
      """
      全市春季植树活动启动

      本报讯(记者 赵云)4月2日,全市春季义务植树活动在滨河公园启动,机关干部、志愿者500余人参加。

      据了解,今年全市计划新增造林面积1.2万亩。

      农商银行推出助农贷款

      本报讯(通讯员 钱多)近日,县农商银行推出“助农快贷”产品,单户最高可贷30万元。

      截至目前,已发放贷款1860万元。
      """;

  @Test
  void headlinesBeforeTheirBodiesGoToTheBodyAfter() {
    Result r = Pages.segment(HEADLINE_BEFORE_BODY);
    assertThat(r.layout()).isEqualTo(Layout.HEADLINE_BEFORE_BODY);
    assertThat(r.headlines()).containsExactly("全市春季植树活动启动", "农商银行推出助农贷款");
    assertThat(r.get(0).body()).endsWith("1.2万亩。");
    assertThat(r.get(1).body()).startsWith("本报讯(通讯员 钱多)").endsWith("1860万元。");
  }

  /** No datelines at all: headlines start the items, credits close them. */
  static final String CREDITS_ONLY =
      """
      区图书馆开展读书月活动

      4月23日,区图书馆举办“书香满城”读书月启动仪式,现场发放图书2000余册。
      活动期间还将举办讲座、展览等10余场。
      (区文旅局)

      街道开展消防安全检查

      近日,新华街道联合消防救援站对辖区沿街商铺开展消防安全检查。
      共检查商铺45家,发现隐患12处,已全部整改。
      (融媒体 王芳)

      社区举办邻里节

      5月1日,幸福社区举办第三届邻里节,200余名居民参加。
      """;

  @Test
  void pagesWithoutDatelinesSplitAtHeadlinesAndCredits() {
    Result r = Pages.segment(CREDITS_ONLY);
    assertThat(r.headlines()).containsExactly("区图书馆开展读书月活动", "街道开展消防安全检查", "社区举办邻里节");
    assertThat(r.datelines()).containsOnly("");
    assertThat(r.get(0).body()).endsWith("(区文旅局)");
    assertThat(r.get(1).body()).startsWith("近日").endsWith("(融媒体 王芳)");
    assertThat(r.get(0).paragraphs()).hasSize(3);
  }

  @Test
  void aCreditAloneSplitsBodiesThatHaveNoHeadlines() {
    Result r =
        Pages.segment(
            """
            本报讯 5月3日，区城管局开展占道经营专项整治，清理流动摊点30余处。
            （王芳）

            本报讯 近日，区税务局开展减税降费政策宣讲，覆盖企业200余家。（李明 张华）

            本报讯 5月4日，区妇联举办家庭教育讲座。
            （赵敏）
            """);
    assertThat(r.articles()).hasSize(3);
    assertThat(r.get(0).body()).endsWith("(王芳)");
    assertThat(r.get(1).body()).endsWith("(李明 张华)");
    assertThat(r.headlines()).containsOnly("");
  }

  static final String OTHER_OUTLETS =
      """
      国家统计局发布4月份数据

      新华社北京5月10日电（记者 张三）国家统计局10日发布数据显示,4月份全国居民消费价格同比上涨0.1%。

      全省春耕进度过半

      大众网讯 记者从省农业农村厅获悉,截至5月8日,全省已完成春播面积2100万亩。

      我市新增3条公交线路

      齐鲁晚报讯(记者 李四)5月9日起,我市新开通3条公交线路,方便市民出行。

      中小学开展防溺水教育

      人民网消息 近日,各地中小学陆续开展防溺水安全教育活动。
      """;

  @Test
  void datelinesOfOtherOutletsOpenArticles() {
    Result r = Pages.segment(OTHER_OUTLETS);
    assertThat(r.datelines())
        .containsExactly("新华社北京5月10日电(记者 张三)", "大众网讯", "齐鲁晚报讯(记者 李四)", "人民网消息");
    assertThat(r.headlines())
        .containsExactly("国家统计局发布4月份数据", "全省春耕进度过半", "我市新增3条公交线路", "中小学开展防溺水教育");
  }

  @Test
  void aBylineUnderTheHeadlineAndSubtitleOpensTheBody() {
    Result r =
        Pages.segment(
            """
            村村通上了自来水

            ——我市农村供水工程建设纪实

            ■ 本报记者 孙丽

            清晨，家住王庄村的李大爷拧开水龙头，清水哗哗流出。“以前吃水靠挑，现在方便多了。”他笑着说。

            今年以来，全市新建改造农村供水工程56处，惠及群众12万人。

            乡村道路变宽了

            ■ 本报记者 钱进

            走进城东镇，一条条新修的柏油路连通各村。全镇今年新建道路30公里。
            """);
    assertThat(r.layout()).isEqualTo(Layout.HEADLINE_BEFORE_BODY);
    assertThat(r.datelines()).containsExactly("本报记者 孙丽", "本报记者 钱进");
    assertThat(r.get(0).headline()).contains("村村通上了自来水").contains("——我市农村供水工程建设纪实");
    assertThat(r.get(0).body()).startsWith("本报记者 孙丽").endsWith("惠及群众12万人。");
  }

  @Test
  void aColumnBreakInsideASentenceDoesNotBreakTheParagraph() {
    Result r =
        Pages.segment(
            """
             本报讯（记者 刘晓东） 5月6日，全区召开
            会议，要求各部门加强巡查，及时发

            现并消除隐患，确保安全。

            会议还通报了一季度安全生产情况。

            我区召开安全生产会议
            """);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.get(0).paragraphs()).hasSize(2);
    assertThat(r.get(0).paragraphs().get(0)).contains("及时发\n\n现并消除隐患");
    assertThat(r.get(0).sentences()).hasSize(2);
  }

  @Test
  void aLineOpeningWithQizhongGoesOnTheParagraphBefore() {
    Result r =
        Pages.segment(
            """
            我区完成新一轮核酸检测

            本报讯（记者 刘晓东） 截至5月6日18时，全
            区已完成采样31.6万人，完成率98.2%。
            其中，城区19.4万人，乡镇12.2万人。
            检测结果均为阴性。
            """);
    assertThat(r.get(0).paragraphs()).hasSize(2);
    assertThat(r.get(0).paragraphs().get(0)).contains("98.2%。\n其中,城区").doesNotContain("检测结果");
  }

  @Test
  void aHeadlineLikeFragmentInsideABodyStaysInTheBody() {
    // 组织人员深入东关村和西关 is cut by the column; it is followed by more body, not a dateline
    Result r =
        Pages.segment(
            """
             本报讯 5月6日，区农业农村局开展春耕生产督导。

            督导组先后深入东关村和西关

            村、南街村等地，查看春播进度。

            区农业农村局督导春耕生产

             本报讯 5月7日，区水利局检查水库安全度汛准备。

            区水利局检查水库度汛准备
            """);
    assertThat(r.headlines()).containsExactly("区农业农村局督导春耕生产", "区水利局检查水库度汛准备");
    assertThat(r.get(0).body()).contains("督导组先后深入东关村和西关").endsWith("查看春播进度。");
    assertThat(r.get(0).paragraphs()).hasSize(2);
  }

  @Test
  void aBoxOfFiguresAfterTheLastHeadlineIsItsOwnArticle() {
    Result r =
        Pages.segment(
            """
             本报讯 5月6日，全市召开防汛工作会议。会议要求，各地要落实防汛责任。

            全市部署防汛工作

            全市共有水库56座，其中中型水库8座

            汛前检查发现隐患23处，已整改21处

            91.3%
            """);
    assertThat(r.articles()).hasSize(2);
    assertThat(r.get(0).headline()).isEqualTo("全市部署防汛工作");
    assertThat(r.get(0).body()).endsWith("落实防汛责任。");
    assertThat(r.get(1).kind()).isEqualTo(Article.Kind.BOX);
    assertThat(r.get(1).body()).startsWith("全市共有水库56座").endsWith("91.3%");
    assertThat(r.get(1).paragraphs()).hasSize(3);
  }

  @Test
  void aPhotoCaptionWithItsCreditIsItsOwnItem() {
    Result r =
        Pages.segment(
            """
             本报讯 5月6日，全区召开招商工作会议，签约项目5个。（本通）

            我区召开招商工作会议

            图为5月5日，志愿者在城东社区开展义诊活动。
            张小明 摄

             本报讯 5月7日，区教体局组织中小学开展消防演练。（郭丽）

            我区中小学开展消防演练
            """);
    assertThat(r.articles()).hasSize(3);
    assertThat(r.get(1).kind()).isEqualTo(Article.Kind.CAPTION);
    assertThat(r.get(1).body()).startsWith("图为5月5日").endsWith("摄");
    assertThat(r.headlines()).containsExactly("我区召开招商工作会议", "", "我区中小学开展消防演练");
  }

  @Test
  void aWideGapSetsACaptionApartOnAHeadlineBeforeBodyPage() {
    Result r =
        Pages.segment(
            """
            我市新增两家省级园区

            本报讯(记者 刘桐)5月5日,省商务厅公布名单,我市两家园区入选。



            5月5日,工人在园区车间内组装设备。

            ■ 本报记者 朱明

            春季招聘会举行

            本报讯(记者 王丽)5月6日,全市春季招聘会举行,提供岗位3000余个。
            """);
    assertThat(r.articles()).hasSize(3);
    assertThat(r.get(0).body()).endsWith("两家园区入选。");
    assertThat(r.get(1).kind()).isEqualTo(Article.Kind.CAPTION);
    assertThat(r.get(1).body()).startsWith("5月5日,工人").endsWith("朱明");
    assertThat(r.get(2).headline()).isEqualTo("春季招聘会举行");
  }

  @Test
  void headlinesGatheredInOneBlockGoToTheArticlesTheyName() {
    Result r =
        Pages.segment(
            """
             本报讯 近日，东关街道组织网格员入户走访，排查安全隐患120处。（王一）

             本报讯 近日，南湖镇举办农民丰收节，展销特色农产品50余种。（李二）

             本报讯 今年以来，西山乡新建村级卫生室6所，方便群众就医。（张三）

            南湖镇：农民丰收节展销特色产品

            西山乡：新建卫生室方便就医

            东关街道：网格员入户排查隐患

             本报讯 5月8日，区教育局召开会议。（赵四）

            区教育局召开会议
            """);
    assertThat(r.headlines())
        .containsExactly(
            "东关街道:网格员入户排查隐患", "南湖镇:农民丰收节展销特色产品", "西山乡:新建卫生室方便就医", "区教育局召开会议");
  }

  @Test
  void aDatelineJoinedOntoTheHeadlineLineIsStillADateline() {
    // a single line break between a headline and the next dateline is a hard wrap to the normaliser
    Result r =
        Pages.segment(
            """
             本报讯 近日，区卫生局开展疫苗接种宣传。（张蕾）

            区卫生局：做好疫苗接种宣传
             本报讯 8月1日，开发区召开防控工作会。
            （本通）
             本报讯 7月30日，开发区召开招商推进会。（本通）

            开发区召开招商推进会
            """);
    assertThat(r.text().text()).contains("宣传本报讯");
    assertThat(r.datelines()).containsExactly("本报讯", "本报讯", "本报讯");
    assertThat(r.headlines()).containsExactly("区卫生局:做好疫苗接种宣传", "", "开发区召开招商推进会");
    assertThat(r.get(1).body()).startsWith("本报讯8月1日").endsWith("(本通)");
  }

  @Test
  void theSameSegmentationFromRawAndNormalisedForms() {
    Result raw = Pages.segment(HEADLINE_AFTER_BODY);
    Result again = Pages.segment(raw.text().text());
    assertThat(again.headlines()).isEqualTo(raw.headlines());
    assertThat(again.datelines()).isEqualTo(raw.datelines());
    assertThat(again.articles().stream().map(Pages.Seen::body).toList())
        .isEqualTo(raw.articles().stream().map(Pages.Seen::body).toList());
  }

  @Test
  void anotherOutletsDatelineJoinedOntoTheHeadlineLineIsCutOff() {
    Result r =
        Pages.segment(
            """
            我市新增3条公交线路
            齐鲁晚报讯(记者 李四)5月9日起,我市新开通3条公交线路,方便市民出行。

            中小学开展防溺水教育
            大众网讯 近日,各地中小学陆续开展防溺水安全教育活动。
            """);
    assertThat(r.text().text()).contains("线路齐鲁晚报讯");
    assertThat(r.datelines()).containsExactly("齐鲁晚报讯(记者 李四)", "大众网讯");
    assertThat(r.headlines()).containsExactly("我市新增3条公交线路", "中小学开展防溺水教育");
  }

  @Test
  void aCreditJoinedOntoTheNextHeadlineIsCutOff() {
    Result r =
        Pages.segment(
            """
            区城管局整治占道经营

            5月3日,区城管局开展占道经营专项整治,清理流动摊点30余处。
            (区城管局)
            区图书馆开展读书月活动

            4月23日,区图书馆举办读书月启动仪式,现场发放图书2000余册。
            (区文旅局)
            """);
    assertThat(r.text().text()).contains("(区城管局)区图书馆");
    assertThat(r.headlines()).containsExactly("区城管局整治占道经营", "区图书馆开展读书月活动");
    assertThat(r.get(0).body()).endsWith("(区城管局)");
  }

  @Test
  void anOutletNameStartingAWrappedLineInsideASentenceIsNoDateline() {
    Result r =
        Pages.segment(
            """
             本报讯 5月6日，全市召开经济形势分析会。会议指出，据
            新华社消息，一季度全国经济稳中向好。

            全市召开经济形势分析会
            """);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.get(0).body()).contains("据新华社消息");
  }

  @Test
  void numberedSubheadingsInsideAReportDoNotSplitIt() {
    Result r =
        Pages.segment(
            """
            区财政局推进预算绩效管理

            今年以来,区财政局多措并举推进预算绩效管理。

            一、健全制度体系

            出台绩效管理办法3项,明确各环节责任。

            二、强化结果运用

            将评价结果与预算安排挂钩,压减低效支出1200万元。
            (区财政局)
            """);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.get(0).paragraphs()).hasSize(6);
  }

  @Test
  void whenThePageEdgesSayLittleTheHeadlinesWordsDecideTheLayout() {
    // starts with the tail of a report, ends with a finished paragraph (a weak vote for
    // headline-before-body); each headline repeats the words of the body above it
    Result r =
        Pages.segment(
            """
            城关镇今年已全面完成年度造林任务。

            城关镇完成年度造林任务

            本报讯 5月6日，西湖街道组织志愿者清理河道垃圾，共清理垃圾2吨。

            西湖街道志愿者清理河道

            本报讯 5月7日，北山乡举办农技培训班，培训农民200余人。
            """);
    assertThat(r.layout()).isEqualTo(Layout.HEADLINE_AFTER_BODY);
    assertThat(r.headlines()).containsExactly("城关镇完成年度造林任务", "西湖街道志愿者清理河道", "");
  }
}
