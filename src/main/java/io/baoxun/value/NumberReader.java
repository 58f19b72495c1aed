package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import java.math.BigDecimal;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/** Reads the number rules (number, term, numeral, fraction, ordinal) into values. */
final class NumberReader {
  private final Tree tree;

  NumberReader(Tree tree) {
    this.tree = tree;
  }

  /** A {@code number}: one term or a range of two, with hedges before, inside or after. */
  Optional<NumberValue> number(ParserRuleContext ctx) {
    Optional<String> pre = tree.text(ctx, PRE);
    Optional<NumberValue> v;
    if (tree.has(ctx, ONE)) {
      ParserRuleContext one = tree.sub(ctx, ONE).orElseThrow();
      if (isBare(one) && pre.isEmpty()) {
        return Optional.empty(); // 万 alone is no number; 近万 is
      }
      if (ChineseNumerals.isLoneFinancial(one.getText())) {
        return Optional.empty(); // 拾起, 伍仁: financial digits count only in longer numerals
      }
      v = term(one);
    } else {
      v = range(tree.sub(ctx, LO).orElseThrow(), tree.sub(ctx, HI).orElseThrow());
    }
    return v.map(n -> n.hedged(pre).hedged(tree.text(ctx, POST)));
  }

  /** Two terms: 3至5, 3到5万 (the multiplier of the upper bound also scales a bare lower bound). */
  Optional<NumberValue> range(ParserRuleContext loCtx, ParserRuleContext hiCtx) {
    Optional<NumberValue> lo = term(loCtx);
    Optional<NumberValue> hi = term(hiCtx);
    if (lo.isEmpty() || hi.isEmpty() || lo.get().isRange() || hi.get().isRange() || isBare(loCtx)
        || isBare(hiCtx)) {
      return Optional.empty();
    }
    BigDecimal a = lo.get().value();
    BigDecimal b = hi.get().value();
    int hiMult = multiplierOf(hiCtx);
    if (hiMult > 0 && multiplierOf(loCtx) == 0 && !hasMultiplier(loCtx)) {
      BigDecimal scaled = Decimals.shift(a, hiMult);
      if (scaled.compareTo(b) <= 0) {
        a = scaled;
      }
    }
    if (a.compareTo(b) >= 0) {
      return Optional.empty();
    }
    Optional<String> approx = lo.get().approx().or(() -> hi.get().approx());
    return Optional.of(new NumberValue(a, b, approx));
  }

  /** A {@code term}: a numeral, maybe hedged inside (2万余, 100余万). */
  Optional<NumberValue> term(ParserRuleContext ctx) {
    Optional<NumberValue> v = numeral(tree.sub(ctx, VALUE).orElseThrow());
    int extra = 0;
    for (ParserRuleContext m : tree.subs(ctx, EXTRA)) {
      extra += ChineseNumerals.trailingMultiplier(m.getText());
    }
    int e = extra;
    return v.map(n -> n.map(x -> Decimals.shift(x, e)).hedged(tree.text(ctx, APPROX)));
  }

  /** A {@code numeral}: a cardinal, a fraction, both (3又三分之一), or a bare multiplier. */
  Optional<NumberValue> numeral(ParserRuleContext ctx) {
    Optional<NumberValue> v;
    Optional<ParserRuleContext> whole = tree.sub(ctx, WHOLE);
    Optional<ParserRuleContext> frac = tree.sub(ctx, FRAC);
    if (whole.isPresent()) {
      v = ChineseNumerals.parse(whole.get().getText());
      if (tree.has(ctx, POWER)) {
        v = v.filter(n -> !n.isRange()).flatMap(n -> power(n.value(), ctx));
      }
      if (frac.isPresent()) {
        Optional<BigDecimal[]> f = fractionParts(frac.get());
        if (v.isEmpty() || v.get().isRange() || f.isEmpty()) {
          return Optional.empty();
        }
        // 3又三分之一 is (3*3+1)/3, rounded once.
        BigDecimal den = f.get()[1];
        v = Optional.of(NumberValue.of(Decimals.divide(v.get().value().multiply(den).add(f.get()[0]), den)));
      }
    } else if (frac.isPresent()) {
      v = fraction(frac.get()).map(NumberValue::of);
    } else {
      int e = ChineseNumerals.trailingMultiplier(tree.text(ctx, BARE).orElseThrow());
      v = Optional.of(NumberValue.of(Decimals.shift(BigDecimal.ONE, e)));
    }
    if (tree.has(ctx, SIGN)) {
      v = v.map(n -> n.map(BigDecimal::negate));
    }
    return v;
  }

  /** {@code 2^5}, {@code 2.5^-1}: an integer power, written with as many signs as the writer liked. */
  private Optional<NumberValue> power(BigDecimal base, ParserRuleContext numeral) {
    Optional<BigDecimal> p = ChineseNumerals.exact(tree.text(numeral, POWER).orElseThrow());
    if (p.isEmpty() || p.get().stripTrailingZeros().scale() > 0 || p.get().abs().intValue() > 999) {
      return Optional.empty();
    }
    int n = p.get().intValue();
    if (tree.subs(numeral, POWER_SIGN).size() % 2 == 1) {
      n = -n;
    }
    if (n < 0 && base.signum() == 0) {
      return Optional.empty();
    }
    BigDecimal r = n >= 0 ? base.pow(n) : Decimals.divide(BigDecimal.ONE, base.pow(-n));
    if (r.precision() > Decimals.FRACTION.getPrecision()) {
      r = r.round(Decimals.FRACTION).stripTrailingZeros();
      r = r.scale() < 0 ? r.setScale(0) : r;
    }
    return Optional.of(NumberValue.of(r));
  }

  /** {@code 三分之一}, {@code 负3分之负157}, {@code 1/2}, {@code 1 3/5}. */
  Optional<BigDecimal> fraction(ParserRuleContext ctx) {
    return fractionParts(ctx).map(f -> Decimals.divide(f[0], f[1]));
  }

  /** Numerator and denominator. */
  private Optional<BigDecimal[]> fractionParts(ParserRuleContext ctx) {
    Optional<BigDecimal> num;
    Optional<BigDecimal> den;
    if (tree.has(ctx, SLASH_NUM)) {
      num = ChineseNumerals.exact(tree.text(ctx, SLASH_NUM).orElseThrow());
      den = ChineseNumerals.exact(tree.text(ctx, SLASH_DEN).orElseThrow());
      if (num.isEmpty() || den.isEmpty() || !isInteger(num.get()) || !isInteger(den.get())) {
        return Optional.empty();
      }
      Optional<String> whole = tree.text(ctx, SLASH_WHOLE);
      if (whole.isPresent()) {
        Optional<BigDecimal> w = ChineseNumerals.exact(whole.get());
        if (w.isEmpty() || !isInteger(w.get()) || den.get().signum() == 0) {
          return Optional.empty();
        }
        num = Optional.of(w.get().multiply(den.get()).add(num.get())); // 1 3/5 is 8/5
      }
    } else {
      if (tree.text(ctx, OF).map(t -> !t.equals("之")).orElse(false)) {
        return Optional.empty(); // 分 之 across a space, and nothing else
      }
      num = exactOf(tree.sub(ctx, NUM).orElseThrow());
      den = exactOf(tree.sub(ctx, DEN).orElseThrow());
      if (tree.has(ctx, NUM_SIGN)) {
        num = num.map(BigDecimal::negate);
      }
      if (tree.has(ctx, DEN_SIGN)) {
        den = den.map(BigDecimal::negate);
      }
      Optional<String> per = tree.text(ctx, DEN_MULT);
      if (per.isPresent()) {
        // 五十万分之二十五: the lexer read 万分之 as one word; its 万 belongs to the denominator.
        int e = per.get().startsWith("百") || per.get().startsWith("佰") ? 2
            : per.get().startsWith("千") || per.get().startsWith("仟") ? 3 : 4;
        den = den.map(d -> Decimals.shift(d, e));
      }
    }
    if (num.isEmpty() || den.isEmpty() || den.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal[] {num.get(), den.get()});
  }

  /** A {@code numeral} that must be one exact integer, as in an ordinal or a date. */
  Optional<BigDecimal> integer(ParserRuleContext numeral) {
    return numeral(numeral)
        .filter(n -> !n.isRange() && n.approx().isEmpty())
        .map(NumberValue::value)
        .filter(v -> v.signum() > 0 && v.stripTrailingZeros().scale() <= 0);
  }

  private static boolean isInteger(BigDecimal d) {
    return d.stripTrailingZeros().scale() <= 0;
  }

  private Optional<BigDecimal> exactOf(ParserRuleContext cardinal) {
    return ChineseNumerals.parse(cardinal.getText()).filter(n -> !n.isRange()).map(NumberValue::value);
  }

  /** Whether a term is only a multiplier (万), which stands for a number only after a hedge. */
  private boolean isBare(ParserRuleContext term) {
    return tree.sub(term, VALUE).map(n -> tree.has(n, BARE)).orElse(false);
  }

  /** The powers of ten of the multipliers that end a term (3万 -> 4, 100余万 -> 4). */
  private int multiplierOf(ParserRuleContext term) {
    int e = 0;
    for (ParserRuleContext m : tree.subs(term, EXTRA)) {
      e += ChineseNumerals.trailingMultiplier(m.getText());
    }
    if (e > 0) {
      return e;
    }
    return ChineseNumerals.trailingMultiplier(tree.sub(term, VALUE).orElseThrow().getText());
  }

  private boolean hasMultiplier(ParserRuleContext term) {
    String t = term.getText();
    return t.contains("万") || t.contains("亿") || t.contains("萬") || t.contains("億");
  }
}
