package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import java.math.BigDecimal;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/** Reads {@code duration}: 24小时, 3个月, 14天, 三年半, 半个月. */
final class DurationReader {
  private static final BigDecimal ONE_HALF = new BigDecimal("0.5");

  private final Tree tree;
  private final NumberReader numbers;

  DurationReader(Tree tree, NumberReader numbers) {
    this.tree = tree;
    this.numbers = numbers;
  }

  Optional<Duration> duration(ParserRuleContext ctx) {
    String word = tree.text(ctx, UNIT).orElseThrow();
    String unit = unitOf(word);
    Optional<ParserRuleContext> amount = tree.sub(ctx, AMOUNT);
    boolean half = tree.has(ctx, HALF);
    Optional<NumberValue> n;
    if (amount.isEmpty()) {
      n = Optional.of(NumberValue.of(ONE_HALF));
    } else {
      n = numbers.number(amount.get());
      if (half) {
        n = n.filter(v -> !v.isRange()).map(v -> v.map(x -> x.add(ONE_HALF)));
      }
    }
    if (word.equals("日") && amount.map(a -> !tree.has(a, PRE)).orElse(true)) {
      return Optional.empty(); // 7日 is the 7th; 近7日 is a week
    }
    if (unit.equals("Y") && n.map(DurationReader::looksLikeAYear).orElse(false)) {
      return Optional.empty(); // 2019年 is the year 2019, not two thousand years
    }
    Optional<String> more = word.contains("多") ? Optional.of("多") : Optional.empty();
    return n.filter(v -> v.min().signum() > 0)
        .map(v -> new Duration(v.hedged(more).hedged(tree.text(ctx, POST)), unit));
  }

  private static boolean looksLikeAYear(NumberValue v) {
    return !v.isRange() && v.approx().isEmpty() && v.min().scale() <= 0
        && v.min().compareTo(BigDecimal.valueOf(1000)) >= 0 && v.min().compareTo(BigDecimal.valueOf(2999)) <= 0;
  }

  /** Y M W D, or H MIN S for the units of a day. */
  static String unitOf(String word) {
    if (word.contains("小时") || word.contains("钟头")) {
      return "H";
    }
    if (word.contains("分钟")) {
      return "MIN";
    }
    if (word.contains("秒")) {
      return "S";
    }
    if (word.contains("月")) {
      return "M";
    }
    if (word.contains("周") || word.contains("星期")) {
      return "W";
    }
    if (word.contains("年")) {
      return "Y";
    }
    return "D";
  }
}
