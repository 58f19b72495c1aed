package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import io.baoxun.value.Duration;
import io.baoxun.value.Interval;
import io.baoxun.value.NumberValue;
import io.baoxun.value.Ordinal;
import io.baoxun.value.Percent;
import io.baoxun.value.Quantity;
import io.baoxun.value.Timex;
import io.baoxun.value.Value;
import io.baoxun.value.ValueRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The value layer ({@code io.baoxun.value}) as the rule engine sees it: the grammar's value rules
 * and their readers, with {@code --year} and the article's dateline date applied.
 */
final class BuiltInValues implements ValueReader {
  private static final Map<String, ValueKind> KINDS =
      Map.of(
          ValueRules.NUMBER, ValueKind.NUMBER,
          ValueRules.ORDINAL, ValueKind.NUMBER,
          ValueRules.QUANTITY, ValueKind.QUANTITY,
          ValueRules.PERCENT, ValueKind.PERCENT,
          ValueRules.TIME, ValueKind.TIME,
          ValueRules.INTERVAL, ValueKind.INTERVAL,
          // In rules a duration is the number of time units it counts, as printed: 48小时 is
          // {48, 小时}, a quantity like any other; `values` still shows its TIMEX3 form (PT48H).
          ValueRules.DURATION, ValueKind.QUANTITY);

  /**
   * A leap year standing in for the unknown year of a dateline such as 本报3月1日讯, so that 昨天
   * can still be counted back (to XXXX-02-29 or -28 we cannot tell; the stand-in says 29). Any year
   * the stand-in puts into a value is taken out again: the year stays unknown.
   */
  private static final int STAND_IN_YEAR = 2000;

  /** One reader per grammar: a pack has one grammar, so this holds one entry in practice. */
  private final java.util.concurrent.ConcurrentMap<PackGrammar, io.baoxun.value.ValueReader> readers =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public Optional<ValueKind> kindOf(String grammarRule) {
    return Optional.ofNullable(KINDS.get(grammarRule));
  }

  @Override
  public FieldValue read(PackGrammar grammar, ParseTree node, TokenList tokens, ReadContext context) {
    if (!(node instanceof ParserRuleContext ctx)) {
      return FieldValue.Null.INSTANCE;
    }
    Reference ref = Reference.of(context);
    Optional<Value> v = reader(grammar).read(ctx, ref.date());
    if (ref.yearUnknown() && countsYears(reader(grammar).read(ctx))) {
      // 今年 on a dateline without a year: which year is exactly what is unknown.
      v = reader(grammar).read(ctx);
    }
    if (v.isPresent() && v.get() instanceof Duration d) {
      List<ParseTree> unit = grammar.labeled(ctx, "unit");
      return unit.isEmpty() ? FieldValue.Null.INSTANCE : quantity(d.amount(), unit.get(0).getText());
    }
    return v.map(x -> toField(x, ref, context)).orElse(FieldValue.Null.INSTANCE);
  }

  @Override
  public Optional<FieldValue.Time> datelineDate(
      PackGrammar grammar, GrammarMatcher matcher, TokenList tokens, int from, int to, ReadContext context) {
    Optional<Integer> time = grammar.ruleIndex(ValueRules.TIME);
    if (time.isEmpty()) {
      return Optional.empty();
    }
    for (Match m : matcher.scan(tokens, from, to, new int[] {time.get()})) {
      Optional<Value> v = reader(grammar).read(m.tree());
      if (v.isPresent() && v.get() instanceof Timex t && t.hasDate() && t.anchor().isEmpty()) {
        return Optional.of((FieldValue.Time) toField(withYear(t, context), Reference.NONE, context));
      }
    }
    return Optional.empty();
  }

  private io.baoxun.value.ValueReader reader(PackGrammar grammar) {
    return readers.computeIfAbsent(grammar, io.baoxun.value.ValueReader::new);
  }

  private static FieldValue toField(Value v, Reference ref, ReadContext context) {
    if (v instanceof NumberValue n) {
      return new FieldValue.Number(n.min());
    }
    if (v instanceof Ordinal o) {
      return new FieldValue.Number(o.value());
    }
    if (v instanceof Quantity q) {
      return quantity(q.amount(), q.unit());
    }
    if (v instanceof Percent p) {
      return quantity(p.amount(), p.unit());
    }
    if (v instanceof Timex t) {
      return new FieldValue.Time(ref.unmask(complete(t, ref, context).value()));
    }
    if (v instanceof Interval i) {
      return new FieldValue.Interval(
          new FieldValue.Time(ref.unmask(complete(i.from(), ref, context).value())),
          new FieldValue.Time(ref.unmask(complete(i.to(), ref, context).value())));
    }
    Duration d = (Duration) v;
    return new FieldValue.Duration(d.value());
  }

  private static boolean countsYears(Optional<Value> v) {
    if (v.isEmpty()) {
      return false;
    }
    if (v.get() instanceof Timex t) {
      return t.anchor().map(a -> a.unit() == 'Y').orElse(false);
    }
    if (v.get() instanceof Interval i) {
      return countsYears(Optional.of(i.from())) || countsYears(Optional.of(i.to()));
    }
    return false;
  }

  static FieldValue.Quantity quantity(NumberValue n, String unit) {
    String approx = n.approx().orElse(null);
    return n.isRange()
        ? new FieldValue.Quantity(null, n.min(), n.max(), unit, approx)
        : new FieldValue.Quantity(n.min(), null, null, unit, approx);
  }

  /**
   * Completes a date printed in part, as a reader of the article does: {@code --year} gives a
   * missing year; so does a dateline that states one (the contract allows no other source), taking
   * the year before when the month lies more than one month after the dateline's (a January report
   * on 12月28日); a bare day (23日) takes the dateline's month.
   */
  private static Timex complete(Timex t, Reference ref, ReadContext context) {
    Timex out = withYear(t, context);
    if (ref.date().isEmpty() || out.anchor().isPresent() || out.present() || out.year().isPresent()) {
      return out;
    }
    LocalDate d = ref.date().get();
    Timex.Builder b = out.toBuilder();
    boolean changed = false;
    if (out.month().isEmpty() && out.day().isPresent() && out.weekday().isEmpty() && out.half().isEmpty()) {
      b.month(d.getMonthValue());
      changed = true;
    }
    int month = out.month().orElse(d.getMonthValue());
    if ((out.month().isPresent() || changed) && !ref.yearUnknown()) {
      b.year(month > d.getMonthValue() + 1 ? d.getYear() - 1 : d.getYear());
      changed = true;
    }
    return changed ? b.build() : out;
  }

  /** {@code --year} fills the year of a date printed without one; relative times keep theirs. */
  private static Timex withYear(Timex t, ReadContext context) {
    if (context.year().isEmpty() || t.year().isPresent() || t.anchor().isPresent() || t.present()) {
      return t;
    }
    if (t.month().isEmpty() && t.day().isEmpty() && t.half().isEmpty()) {
      return t;
    }
    return t.toBuilder().year(context.year().getAsInt()).build();
  }

  /** The reference date of relative times, and whether its year is a stand-in. */
  private record Reference(Optional<LocalDate> date, boolean yearUnknown) {
    static final Reference NONE = new Reference(Optional.empty(), false);

    static Reference of(ReadContext context) {
      if (context.reference().isEmpty()) {
        return NONE;
      }
      String r = context.reference().get();
      if (r.length() < 10) {
        return NONE;
      }
      boolean unknown = r.startsWith("XXXX");
      try {
        LocalDate d = LocalDate.parse((unknown ? STAND_IN_YEAR : r.substring(0, 4)) + r.substring(4, 10));
        return new Reference(Optional.of(d), unknown);
      } catch (java.time.format.DateTimeParseException e) {
        return NONE;
      }
    }

    /** Takes a stand-in year back out of a value. */
    String unmask(String timex) {
      String y = Integer.toString(STAND_IN_YEAR);
      return yearUnknown && timex.startsWith(y) ? "XXXX" + timex.substring(4) : timex;
    }
  }

  static List<String> valueRules() {
    return List.copyOf(KINDS.keySet());
  }
}
