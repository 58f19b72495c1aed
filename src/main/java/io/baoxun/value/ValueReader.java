package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import io.baoxun.grammar.PackGrammar;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Turns a match of a value rule into its value, by the rule's name and labels (see
 * {@link ValueRules}). Stateless apart from the grammar: safe to share between threads.
 */
public final class ValueReader {
  private final Tree tree;
  private final NumberReader numbers;
  private final PercentReader percents;
  private final TimeReader times;
  private final IntervalReader intervals;
  private final DurationReader durations;

  public ValueReader(PackGrammar grammar) {
    this.tree = new Tree(grammar);
    this.numbers = new NumberReader(tree);
    this.percents = new PercentReader(tree, numbers);
    this.times = new TimeReader(tree);
    this.intervals = new IntervalReader(tree, times);
    this.durations = new DurationReader(tree, numbers);
  }

  /**
   * The value of a node of one of the value rules (number, ordinal, quantity, percent, time,
   * interval, duration), or empty when the text does not make one (13月, 十百) or the rule is none
   * of these.
   */
  public Optional<Value> read(ParserRuleContext ctx) {
    return switch (tree.rule(ctx)) {
      case ValueRules.NUMBER -> numbers.number(ctx).map(v -> v);
      case ValueRules.ORDINAL -> numbers.integer(tree.sub(ctx, VALUE).orElseThrow()).map(Ordinal::new);
      case ValueRules.QUANTITY -> quantity(ctx).map(v -> v);
      case ValueRules.PERCENT -> percents.percent(ctx).map(v -> v);
      case ValueRules.TIME -> times.time(ctx).map(v -> v);
      case ValueRules.INTERVAL -> intervals.interval(ctx).map(v -> v);
      case ValueRules.DURATION -> durations.duration(ctx).map(v -> v);
      default -> Optional.empty();
    };
  }

  /**
   * The value of a node, with relative times (昨天, 今年) anchored on {@code reference} when there
   * is one, as a rule reading {@code asOf=time} in an article with a dateline wants it.
   */
  public Optional<Value> read(ParserRuleContext ctx, Optional<LocalDate> reference) {
    Optional<Value> v = read(ctx);
    if (reference.isEmpty() || v.isEmpty()) {
      return v;
    }
    if (v.get() instanceof Timex t) {
      return Optional.of(t.resolve(reference.get()));
    }
    if (v.get() instanceof Interval i) {
      return Optional.of(i.resolve(reference.get()));
    }
    return v;
  }

  /** Whether a {@code frequency} match (三天两检) reads as one: then it hides what it covers. */
  boolean isFrequency(ParserRuleContext ctx) {
    return tree.rule(ctx).equals(ValueRules.FREQUENCY)
        && numbers.number(tree.sub(ctx, PER).orElseThrow()).isPresent()
        && numbers.number(tree.sub(ctx, COUNT).orElseThrow()).isPresent();
  }

  /** 10万元 is 100000 元; a unit written with its multiplier (万元 in a lexicon) is split too. */
  private Optional<Quantity> quantity(ParserRuleContext ctx) {
    Optional<NumberValue> n = numbers.number(tree.sub(ctx, AMOUNT).orElseThrow());
    String unit = tree.text(ctx, UNIT).orElseThrow();
    Optional<ParserRuleContext> hi = tree.sub(ctx, ValueRules.Labels.HI_AMOUNT);
    if (hi.isPresent()) {
      // 1.35元至1.42元 is one range; with two different units it is no quantity (the finder then
      // takes the shorter 1.35元).
      if (!unit.equals(tree.text(ctx, ValueRules.Labels.HI_UNIT).orElse(""))) {
        return Optional.empty();
      }
      Optional<NumberValue> top = numbers.number(hi.get());
      if (n.isEmpty() || top.isEmpty() || n.get().min().compareTo(top.get().max()) > 0) {
        return Optional.empty();
      }
      n = Optional.of(NumberValue.range(n.get().min(), top.get().max()));
    }
    int e = 0;
    while (unit.length() > 1 && ChineseNumerals.multiplier(unit.codePointAt(0)) > 0) {
      e += ChineseNumerals.multiplier(unit.codePointAt(0));
      unit = unit.substring(1);
    }
    int shift = e;
    String u = unit;
    return n.map(v -> new Quantity(v.map(x -> Decimals.shift(x, shift)).hedged(tree.text(ctx, POST)), u));
  }

  /** The number inside a quantity or duration, for the nested item. */
  Optional<ParserRuleContext> amountOf(ParserRuleContext ctx) {
    return tree.sub(ctx, AMOUNT).filter(a -> tree.rule(a).equals(ValueRules.NUMBER));
  }

  String ruleOf(ParserRuleContext ctx) {
    return tree.rule(ctx);
  }
}
