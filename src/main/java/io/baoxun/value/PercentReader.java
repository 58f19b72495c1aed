package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import java.math.BigDecimal;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads {@code percent}: 88.10%, 百分之九十, 千分之一, 九成, 七五折, 7%—10%, 六个百分点. Every form
 * becomes percent units with the written precision (千分之2.4 is 0.24 %).
 */
final class PercentReader {
  private static final BigDecimal TEN = BigDecimal.TEN;

  private final Tree tree;
  private final NumberReader numbers;

  PercentReader(Tree tree, NumberReader numbers) {
    this.tree = tree;
    this.numbers = numbers;
  }

  Optional<Percent> percent(ParserRuleContext ctx) {
    Optional<String> pre = tree.text(ctx, PRE);
    Optional<String> post = tree.text(ctx, POST);
    Optional<NumberValue> v;
    String unit = Percent.PERCENT;
    if (tree.has(ctx, TENTHS)) {
      v = tenths(ctx);
    } else if (tree.has(ctx, POINTS)) {
      v = numbers.number(tree.sub(ctx, AMOUNT).orElseThrow());
      unit = tree.text(ctx, POINTS).filter(w -> w.startsWith("个") || w.startsWith("個")).isPresent()
          ? Percent.COUNTED_POINTS
          : Percent.POINTS;
    } else if (tree.has(ctx, PER)) {
      int shift = perShift(tree.text(ctx, PER).orElseThrow());
      if (tree.has(ctx, HI)) {
        Optional<String> perHi = tree.text(ctx, PER_HI);
        if (perHi.isPresent() && perShift(perHi.get()) != shift) {
          return Optional.empty();
        }
        v = numbers.range(tree.sub(ctx, LO).orElseThrow(), tree.sub(ctx, HI).orElseThrow());
      } else {
        v = numbers.term(tree.sub(ctx, LO).orElseThrow());
      }
      v = v.map(n -> n.map(x -> Decimals.shift(x, shift)));
    } else if (tree.has(ctx, LO)) {
      int shift = signShift(tree.text(ctx, LO_SYM).orElseThrow());
      if (shift != signShift(tree.text(ctx, SYM).orElseThrow())) {
        return Optional.empty();
      }
      v = numbers.range(tree.sub(ctx, LO).orElseThrow(), tree.sub(ctx, HI).orElseThrow())
          .map(n -> n.map(x -> Decimals.shift(x, shift)));
    } else {
      int shift = signShift(tree.text(ctx, SYM).orElseThrow());
      v = numbers.number(tree.sub(ctx, AMOUNT).orElseThrow()).map(n -> n.map(x -> Decimals.shift(x, shift)));
    }
    String u = unit;
    return v.map(n -> new Percent(n.hedged(pre).hedged(post), u));
  }

  /** 成 and 折 count tenths: 九成 and 九折 are 90 %, 七成六 76 %, 三成半 35 %, 七五折 75 %. */
  private Optional<NumberValue> tenths(ParserRuleContext ctx) {
    boolean discount = tree.text(ctx, TENTHS).orElseThrow().equals("折");
    boolean half = tree.has(ctx, HALF);
    Optional<ParserRuleContext> amount = tree.sub(ctx, AMOUNT);
    if (amount.isEmpty()) {
      return Optional.of(NumberValue.of(BigDecimal.valueOf(discount ? 50 : 5))); // 半折, 半成
    }
    if (discount) {
      // 三八折, 七五折: two digits read as one number of percent.
      Optional<String> digits = ChineseNumerals.digitSequence(amount.get().getText());
      if (digits.isPresent() && digits.get().length() == 2 && !tree.has(ctx, EXTRA) && !half) {
        BigDecimal two = new BigDecimal(digits.get());
        if (two.remainder(TEN).signum() != 0 && two.compareTo(TEN) > 0) {
          return Optional.of(NumberValue.of(two));
        }
      }
    }
    Optional<NumberValue> v = numbers.number(amount.get());
    if (v.isEmpty()) {
      return v;
    }
    NumberValue n = v.get();
    if (discount) {
      if (!n.isRange() && n.value().compareTo(TEN) > 0 && n.value().compareTo(BigDecimal.valueOf(100)) < 0
          && n.value().stripTrailingZeros().scale() <= 0 && n.value().remainder(TEN).signum() != 0) {
        return Optional.of(n); // 75折
      }
      if (n.max().compareTo(TEN) >= 0 || n.min().signum() <= 0 || tree.has(ctx, EXTRA) || half) {
        return Optional.empty();
      }
      return Optional.of(n.map(x -> Decimals.shift(x, 1)));
    }
    if (n.max().compareTo(TEN) > 0 || n.min().signum() < 0) {
      return Optional.empty();
    }
    BigDecimal add = BigDecimal.ZERO;
    Optional<String> extra = tree.text(ctx, EXTRA);
    if (extra.isPresent()) {
      Optional<String> d = ChineseNumerals.digitSequence(extra.get());
      if (d.isEmpty() || d.get().length() != 1 || n.isRange()) {
        return Optional.empty();
      }
      add = new BigDecimal(d.get());
    } else if (half) {
      add = BigDecimal.valueOf(5);
    }
    BigDecimal plus = add;
    return Optional.of(n.map(x -> Decimals.shift(x, 1).add(plus)));
  }

  /** 百分之 0, 千分之 -1, 万分之 -2: what to shift the written number by to get percent. */
  private static int perShift(String word) {
    return switch (word.charAt(0)) {
      case '千', '仟' -> -1;
      case '万', '萬' -> -2;
      default -> 0;
    };
  }

  private static int signShift(String sign) {
    return sign.equals("‰") ? -1 : 0;
  }
}
