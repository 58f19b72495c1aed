package io.baoxun.value;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.io.ValueJson;
import io.baoxun.text.NormalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever mix of numerals, units and time words a page holds, the finder answers and never throws. */
class ValueFinderPropertyTest {
  private static final List<String> PIECES = List.of(
      "0", "1", "12", "518.3", "1,050", ".5", "2e5", "-", "—", "~", "至", "到", "%", "‰", "/", ":", "5:30",
      "2022-03-18", "一", "两", "十", "百", "千", "万", "亿", "兆", "零", "〇", "点", "壹", "拾", "分之", "百分之",
      "千分之", "又", "^", "负", "余", "多", "几", "近", "约", "超过", "左右", "以上", "第", "成", "折", "半",
      "个百分点", "人", "人次", "例", "个", "名", "元", "岁", "年", "月", "日", "号", "时", "点", "分", "秒", "整",
      "上午", "下午", "晚", "凌晨", "今天", "昨天", "当天", "今年", "目前", "周", "星期", "天", "小时", "个月",
      "以来", "至今", "从", "自", "初", "底", "上半年", "农历", "正月", "(", ")", ",", "。", "的", "市", " ",
      "\n", "k", "N", "三天两检", "第一时间");

  private final ValueFinder finder = new ValueFinder(TestPack.grammar());

  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join("", l));
  }

  @Property(tries = 1500)
  void findsWithoutFailingAndWithinTheText(@ForAll("pages") String page) {
    NormalizedText t = NormalizedText.of(page);
    for (Optional<LocalDate> ref : List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2022, 3, 18)))) {
      List<ValueItem> items = finder.find(t.text(), ref);
      for (ValueItem it : items) {
        assertThat(it.span().end()).isLessThanOrEqualTo(t.length());
        assertThat(it.span().isEmpty()).isFalse();
        assertThat(it.value().display()).isNotBlank();
      }
      assertThat(ValueJson.line(items, t)).startsWith("[").endsWith("]");
    }
  }
}
