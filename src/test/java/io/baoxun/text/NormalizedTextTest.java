package io.baoxun.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizedTextTest {
  /** Normalises text written with visible escapes: \n for LF, \r for CR, \t for TAB. */
  private static String norm(String escaped) {
    return NormalizedText.of(unescape(escaped)).text();
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
  }

  private static void assertNormalizes(String original, String expected) {
    assertThat(norm(original)).as("normalising «%s»", original).isEqualTo(unescape(expected));
  }

  @Nested
  class LineBreaks {
    @Test
    void crlfAndLoneCrBecomeLf() {
      assertNormalizes("检查。\r\n下午", "检查。\n下午");
      assertNormalizes("检查。\r下午", "检查。\n下午");
      assertNormalizes("完成。\r\n\r\n下午", "完成。\n\n下午");
      assertNormalizes("完成。\r\r下午", "完成。\n\n下午");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "李\\n平                  | 李平",
          "3月18日\\n下午           | 3月18日下午",
          "李 \\n 平                | 李平",
          "李\u3000\\r\\n\u3000平   | 李平",
          "部分KTV、\\n部分网吧     | 部分KTV、部分网吧",
          "市委常委，\\n常务副市长  | 市委常委,常务副市长",
          "开展“拉\\n网”式          | 开展“拉网”式",
          "全面落实“双暂停”\\n期间  | 全面落实“双暂停”期间",
          "《协定》\\n（RCEP）生效  | 《协定》(RCEP)生效",
          "他说：\\n“好”            | 他说:“好”",
          "中午 12\\n时前           | 中午12时前",
          "完成比例\\n85.35%        | 完成比例85.35%",
          "79.\\n4万人次            | 79.4万人次",
          "85.35\\n%                | 85.35%",
          "RCEP\\n原产地            | RCEP原产地",
          "高唐县 1\\n例            | 高唐县1例",
        })
    void joinsHardWrappedLines(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @ParameterizedTest(name = "{0} stays {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "检查。\\n检查中            | 检查。\\n检查中",
          "增长。”\\n山东             | 增长。”\\n山东",
          "增长。”）\\n山东           | 增长。”)\\n山东",
          "加大；\\n力度              | 加大;\\n力度",
          "加大;\\n力度               | 加大;\\n力度",
          "为什么？\\n因为            | 为什么?\\n因为",
          "好！\\n再见                | 好!\\n再见",
          "齐全……\\n3月15日         | 齐全……\\n3月15日",
          "It ends.\\nNext            | It ends.\\nNext",
          "共3.\\n下午                | 共3.\\n下午",
          "疫情纪实\\n——我市          | 疫情纪实\\n——我市",
          "标题 \\n ■ 本报记者        | 标题\\n■本报记者",
        })
    void keepsBreaksThatEndSentencesOrLines(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "518.3\\n\\n万人次          | 518.3万人次",
          "518.3\\n \\n 万人次        | 518.3万人次",
          "518.\\n\\n3万              | 518.3万",
          "518\\n\\n.3万              | 518.3万",
          "累计 12\\n\\n例            | 累计12例",
          "共 3969\\n\\n\\n个         | 共3969个",
          "比例 88.10\\n\\n%          | 比例88.10%",
          "37277\\n\\n人次            | 37277人次",
          "共3.\\n\\n万               | 共3.万",
        })
    void joinsBlankLineInsideNumber(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "完成。\\n\\n下一段           | 完成。\\n\\n下一段",
          "完成。\\n\\n\\n\\n\\n下一段  | 完成。\\n\\n下一段",
          "完成。\\n  \\n\u3000\\n下一段 | 完成。\\n\\n下一段",
          "精准发\\n\\n布权威声音       | 精准发\\n\\n布权威声音",
          "截至3月20日12时\\n\\n全市    | 截至3月20日12时\\n\\n全市",
          "共12\\n\\n下午               | 共12\\n\\n下午",
          "版次 3\\n\\n第二段           | 版次3\\n\\n第二段",
        })
    void keepsOtherBlankLinesAsOneParagraphBreak(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @Test
    void verticalTabFormFeedAndUnicodeSeparatorsAreBreaks() {
      assertNormalizes("完成。\u000c下一页", "完成。\\n下一页");
      assertNormalizes("完成。\u2028下一行", "完成。\\n下一行");
      assertNormalizes("完成。\u0085\u0085下一段", "完成。\\n\\n下一段");
      assertNormalizes("李\u000b平", "李平");
    }

    @Test
    void breaksAtStartAndEndGo() {
      assertNormalizes("\\n\\n  \\n本报讯\\n\\n", "本报讯");
    }
  }

  @Nested
  class Spaces {
    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(
        delimiter = '|',
        value = {
          "3 月 18 日                | 3月18日",
          "79.4 万人次               | 79.4万人次",
          "截至 3 月 20 日 12 时     | 截至3月20日12时",
          "“ 人 物 同 防 ”           | “人物同防”",
          "严 格 执 行               | 严格执行",
          "疫情 防 控                | 疫情防控",
          "10 个                     | 10个",
          "RCEP 原产地               | RCEP原产地",
          "开展。 （张蕾）           | 开展。(张蕾)",
          "近段时间以来 ，王助镇     | 近段时间以来,王助镇",
          "本报讯 8月 1日，          | 本报讯8月1日,",
          "1.1 万条                  | 1.1万条",
        })
    void dropsSpacesBetweenDigitsUnitsCjkAndPunctuation(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(
        delimiter = '|',
        value = {
          "3 5                 | 3 5",
          "3   5               | 3 5",
          "3\u30005            | 3 5",
          "3\u00a0\t 5         | 3 5",
          "COVID 19            | COVID 19",
          "Omicron BA.2        | Omicron BA.2",
          "记者 王培源         | 记者 王培源",
          "本报讯 疫情就是命令 | 本报讯 疫情就是命令",
          "施民法 张蕾         | 施民法 张蕾",
          "通讯员\u3000李平    | 通讯员 李平",
        })
    void keepsOneSpaceBetweenWords(String original, String expected) {
      assertNormalizes(original, expected);
    }

    @Test
    void keepsNameBoundaryAcrossAJoinedLineBreak() {
      // The contract's credit example: the break inside 李平 goes, the spaces between names stay.
      assertNormalizes("（通讯员 李\\n平 郑直 辛东方）", "(通讯员 李平 郑直 辛东方)");
      assertNormalizes("（通讯员 李\\r\\n平 郑直）", "(通讯员 李平 郑直)");
    }

    @Test
    void spacesAtLineEndsAndTextEndsGo() {
      assertNormalizes("  完成。  \\n  下一行  ", "完成。\\n下一行");
    }

    @Test
    void textOfOnlySpacesBecomesEmpty() {
      NormalizedText n = NormalizedText.of(" \t\u3000\u00a0\n \r\n ");
      assertThat(n.text()).isEmpty();
      assertThat(n.length()).isZero();
      assertThat(n.originalLength()).isEqualTo(9);
      assertThat(n.toOriginal(new Span(0, 0))).isEqualTo(new Span(9, 9));
      assertThat(n.deletedBefore(0)).isEqualTo(new Span(0, 9));
    }
  }

  @Nested
  class Folds {
    @Test
    void fullWidthDigitsAndLettersBecomeAscii() {
      assertNormalizes("采样点３９６９个", "采样点3969个");
      assertNormalizes("ＲＣＥＰ ｒｕｌｅｓ", "RCEP rules");
    }

    @Test
    void fullWidthAsciiPunctuationBecomesAscii() {
      assertNormalizes("，（）％：；！？．＋－／～＂＇［］", ",()%:;!?.+-/~\"'[]");
    }

    @Test
    void halfWidthCjkPunctuationBecomesTheUsualForm() {
      assertNormalizes("完｡｢好｣､", "完。「好」、");
    }

    @Test
    void chinesePunctuationWithoutAsciiTwinStays() {
      String kept = "。、“”‘’《》〈〉【】「」『』—…·";
      assertNormalizes(kept, kept);
    }

    @Test
    void foldKeepsOffsets() {
      NormalizedText n = NormalizedText.of("共３９６９个");
      assertThat(n.text()).isEqualTo("共3969个");
      assertThat(n.originalText(new Span(1, 5))).isEqualTo("３９６９");
    }

    @Test
    void foldAllFoldsOnly() {
      assertThat(Folding.foldAll("（３　５）\r\n")).isEqualTo("(3 5)\n\n");
    }
  }

  @Nested
  class Deletions {
    @Test
    void replacementCharactersGo() {
      assertNormalizes("\uFFFD\uFFFD\uFFFD本报讯", "本报讯");
      assertNormalizes("本\uFFFD报讯", "本报讯");
    }

    @Test
    void zeroWidthAndBomGo() {
      assertNormalizes("\uFEFF李\u200B平\u200C郑\u200D直\u2060", "李平郑直");
    }

    @Test
    void controlCharactersOtherThanBreaksGo() {
      assertNormalizes("李\u0007平\u001b\u007f\u0080", "李平");
    }

    @Test
    void loneSurrogatesGo() {
      assertNormalizes("李\uD800平\uDC00", "李平");
    }

    @Test
    void deletionsDoNotBlockAJoin() {
      assertNormalizes("防线\\n \uFFFD\uFFFD本报讯", "防线本报讯");
    }

    @Test
    void deletedBeforeShowsWhatMatchingNoLongerSees() {
      NormalizedText n = NormalizedText.of("防线\n \uFFFD\uFFFD本报讯");
      assertThat(n.text()).isEqualTo("防线本报讯");
      assertThat(n.originalSlice(n.deletedBefore(2))).isEqualTo("\n \uFFFD\uFFFD");
      assertThat(n.deletedBefore(1).isEmpty()).isTrue();
    }
  }

  @Nested
  class Supplementary {
    private final String name = "李\uD840\uDC00平"; // 李𠀀平, 𠀀 is U+20000

    @Test
    void supplementaryNameSurvivesWholeAndCountsAsOneCodePoint() {
      NormalizedText n = NormalizedText.of("记者 " + name + "\n报道");
      assertThat(n.text()).isEqualTo("记者 " + name + "报道");
      assertThat(n.length()).isEqualTo(8);
      assertThat(n.slice(new Span(3, 6))).isEqualTo(name);
      assertThat(n.codePointAt(4)).isEqualTo(0x20000);
      assertThat(n.charIndex(5)).isEqualTo(6);
      assertThat(n.codePointOffset(6)).isEqualTo(5);
      assertThat(n.toOriginal(new Span(3, 8))).isEqualTo(new Span(3, 9));
      assertThat(n.originalText(new Span(3, 8))).isEqualTo(name + "\n报道");
    }

    @Test
    void supplementaryHanJoinsAndSeparatesNamesLikeAnyHan() {
      assertNormalizes("（通讯员 李\\n\uD840\uDC00 郑直）", "(通讯员 李\uD840\uDC00 郑直)");
    }

    @Test
    void splittingASurrogatePairIsAProgrammerError() {
      NormalizedText n = NormalizedText.of(name);
      assertThatThrownBy(() -> n.codePointOffset(2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> n.originalCodePointOffset(2))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void originalIndexesConvertBothWays() {
      NormalizedText n = NormalizedText.of("\uD83D\uDE00 " + name);
      assertThat(n.originalCharIndex(2)).isEqualTo(3);
      assertThat(n.originalCodePointOffset(3)).isEqualTo(2);
      assertThat(n.originalCharIndex(n.originalLength())).isEqualTo(n.original().length());
    }
  }

  @Nested
  class Mapping {
    @Test
    void contractExampleMapsBackToTheOriginalSlice() {
      String original = "酸检测。截至 3 月 20 日 12 时，莘县\n已完成检测 79.4 万人次，完成比例\n85.35%，除";
      NormalizedText n = NormalizedText.of(original);
      String matched = "截至3月20日12时,莘县已完成检测79.4万人次,完成比例85.35%";
      int start = n.codePointOffset(n.text().indexOf(matched));
      Span span = new Span(start, start + matched.length());
      assertThat(n.slice(span)).isEqualTo(matched);
      assertThat(n.originalText(span))
          .isEqualTo("截至 3 月 20 日 12 时，莘县\n已完成检测 79.4 万人次，完成比例\n85.35%");
      assertThat(n.toOriginal(span)).isEqualTo(new Span(4, 50));
    }

    @Test
    void spanIncludesDeletionsInsideAndExcludesThoseAround() {
      NormalizedText n = NormalizedText.of(" 李 \n 平 ");
      assertThat(n.text()).isEqualTo("李平");
      assertThat(n.toOriginal(new Span(0, 2))).isEqualTo(new Span(1, 6));
      assertThat(n.toOriginal(new Span(1, 2))).isEqualTo(new Span(5, 6));
      assertThat(n.originalText(new Span(0, 1))).isEqualTo("李");
    }

    @Test
    void emptySpansMapToTheirStartOrToTheOriginalEnd() {
      NormalizedText n = NormalizedText.of(" 李 \n 平 ");
      assertThat(n.toOriginal(new Span(0, 0))).isEqualTo(new Span(1, 1));
      assertThat(n.toOriginal(new Span(1, 1))).isEqualTo(new Span(5, 5));
      assertThat(n.toOriginal(new Span(2, 2))).isEqualTo(new Span(7, 7));
      assertThat(n.originalText(new Span(1, 1))).isEmpty();
    }

    @Test
    void offsetsMapBothWays() {
      NormalizedText n = NormalizedText.of(" 李 \n 平 ");
      assertThat(n.originalOffset(1)).isEqualTo(5);
      assertThat(n.originalOffset(2)).isEqualTo(7);
      assertThat(n.originalEndOffset(1)).isEqualTo(2);
      assertThat(n.originalEndOffset(2)).isEqualTo(6);
      assertThat(n.normalizedOffset(0)).isEqualTo(0);
      assertThat(n.normalizedOffset(2)).isEqualTo(1);
      assertThat(n.normalizedOffset(5)).isEqualTo(1);
      assertThat(n.normalizedOffset(6)).isEqualTo(2);
      assertThat(n.fromOriginal(new Span(0, 6))).isEqualTo(new Span(0, 2));
      assertThat(n.fromOriginal(new Span(2, 5))).isEqualTo(new Span(1, 1));
      assertThat(n.deletedBefore(1)).isEqualTo(new Span(2, 5));
      assertThat(n.deletedBefore(2)).isEqualTo(new Span(6, 7));
    }

    @Test
    void emptyText() {
      NormalizedText n = NormalizedText.of("");
      assertThat(n.text()).isEmpty();
      assertThat(n.length()).isZero();
      assertThat(n.originalLength()).isZero();
      assertThat(n.toOriginal(new Span(0, 0))).isEqualTo(new Span(0, 0));
      assertThat(n.originalText(new Span(0, 0))).isEmpty();
      assertThat(n.slice(new Span(0, 0))).isEmpty();
      assertThat(n.normalizedOffset(0)).isZero();
    }

    @Test
    void outOfRangeArgumentsAreProgrammerErrors() {
      NormalizedText n = NormalizedText.of("李平");
      assertThatThrownBy(() -> n.toOriginal(new Span(0, 3)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> n.slice(new Span(1, 3)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> n.originalOffset(3)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> n.codePointAt(2)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> n.charIndex(-1)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> NormalizedText.of(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Seeds {
    private NormalizedText seed(String prefix) throws IOException {
      try (var files = Files.list(Path.of("seeds"))) {
        Path path =
            files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        return NormalizedText.of(Files.readString(path, StandardCharsets.UTF_8));
      }
    }

    private Span find(NormalizedText n, String needle) {
      int at = n.text().indexOf(needle);
      assertThat(at).as("«%s» in the normalised text", needle).isNotNegative();
      int start = n.codePointOffset(at);
      return new Span(start, start + needle.codePointCount(0, needle.length()));
    }

    @Test
    void contractFactSpanComesOutExactly() throws IOException {
      NormalizedText n = seed("000_");
      Span span = find(n, "截至3月20日12时,莘县已完成检测79.4万人次,完成比例85.35%");
      // The offsets and text of the TestingProgress example in CONTRACT.md.
      assertThat(n.originalLength()).isEqualTo(7554);
      assertThat(n.toOriginal(span)).isEqualTo(new Span(5891, 5937));
      assertThat(n.originalText(span))
          .isEqualTo("截至 3 月 20 日 12 时，莘县\n已完成检测 79.4 万人次，完成比例\n85.35%");
    }

    @Test
    void seed000JoinsWrapsAndNumbersSplitByAColumnBreak() throws IOException {
      NormalizedText n = seed("000_");
      find(n, "本报讯(记者 王培源)3月18日下午,省政府常务会议");
      find(n, "完成核酸检测518.3万人次,完成比例88.10%");
      find(n, "其中,高唐县1例,聊城经济技术开发区5例,莘县1例。");
      assertThat(n.originalText(find(n, "518.3万人次"))).isEqualTo("518.3\n\n万人次");
    }

    @Test
    void seed001KeepsTheBoundariesBetweenNames() throws IOException {
      NormalizedText n = seed("001_");
      find(n, "本报1月11日讯(通讯员 李平 郑直 辛东方)1月7日,东平县组织收听收看");
      find(n, "1月6日至7日上午,省外办副主任李永森带队");
    }

    @Test
    void seed004ClosesUpLetterSpacingAndDropsReplacementCharacters() throws IOException {
      NormalizedText n = seed("004_");
      find(n, "加强24小时值班值守");
      find(n, "坚持“人物同防”,严格执行\n\n“14+7+7”健康管理措施");
      find(n, "发送提醒短信1.1万条");
      find(n, "(施民法 张蕾)");
      assertThat(n.text()).doesNotContain("\uFFFD").startsWith("本报讯 疫情就是命令,防控就是责任。");
    }

    @Test
    void everySeedIsIdempotentAndKeepsEveryVisibleCharacter() throws IOException {
      try (var files = Files.list(Path.of("seeds"))) {
        for (Path path : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
          String original = Files.readString(path, StandardCharsets.UTF_8);
          NormalizedText n = NormalizedText.of(original);
          assertThat(NormalizedText.of(n.text()).text()).as("%s", path).isEqualTo(n.text());
          long visible =
              original.codePoints().filter(cp -> CharClass.kind(cp) == CharClass.KEEP).count();
          long kept = n.text().codePoints().filter(cp -> cp != ' ' && cp != '\n').count();
          assertThat(kept).as("%s", path).isEqualTo(visible);
        }
      }
    }
  }
}
