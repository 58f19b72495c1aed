package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads {@code interval}: two times (1月6日至7日上午), a time and the present (自3月17日以来), or a
 * bare number that takes its unit from the time after it (18—24时, 1-2月, 3月20日0—24时).
 */
final class IntervalReader {
  private final Tree tree;
  private final TimeReader times;

  IntervalReader(Tree tree, TimeReader times) {
    this.tree = tree;
    this.times = times;
  }

  Optional<Interval> interval(ParserRuleContext ctx) {
    if (tree.has(ctx, FIRST)) {
      Optional<Timex> from = times.time(tree.sub(ctx, FIRST).orElseThrow());
      if (from.isEmpty()) {
        return Optional.empty();
      }
      if (tree.has(ctx, SINCE) || tree.has(ctx, SINCE_NOW)) {
        return Optional.of(new Interval(from.get(), Timex.PRESENT_REF));
      }
      Optional<Timex> to = times.time(tree.sub(ctx, LAST).orElseThrow(), true);
      if (to.isEmpty() || from.get().present() || to.get().present()) {
        return Optional.empty();
      }
      Timex.Builder end = to.get().toBuilder().inheritDate(from.get());
      Timex f = from.get();
      Timex t = to.get();
      if (f.hasClock() && t.hasClock() && t.partOfDay().isEmpty() && !t.hasDate()) {
        // 下午5:00到6:00: the second hour keeps the afternoon of the first.
        int a = f.hour().getAsInt();
        int z = t.hour().getAsInt();
        if (a >= 12 && z < a && z + 12 > a && z + 12 <= 24) {
          end.hour(z + 12);
        }
      }
      return Optional.of(new Interval(f, end.build()));
    }
    // 18—24时, 1-2月, 2021-2022年: the bare number takes the finest unit of the time after it.
    Optional<Timex> last = times.time(tree.sub(ctx, LAST).orElseThrow(), true);
    Optional<ParserRuleContext> head = tree.sub(ctx, HEAD);
    if (head.isPresent() && last.isPresent()) {
      // 3月1-5日: the month written before the first day.
      Timex.Builder withMonth = Timex.builder();
      Optional<String> num = tree.text(head.get(), NUM);
      if (num.isEmpty() || !TimeReader.setMonth(withMonth, num.get()) || last.get().month().isPresent()
          || last.get().day().isEmpty() || last.get().year().isPresent()) {
        return Optional.empty();
      }
      last = Optional.of(last.get().toBuilder().month(withMonth.build().month().getAsInt()).build());
    }
    Optional<String> lead = tree.text(ctx, LEAD);
    if (lead.isPresent() && last.isPresent()) {
      // 早上五到六点, 下午3至5时: the part of the day covers both hours.
      Optional<ParserRuleContext> clock = tree.sub(tree.sub(ctx, LAST).orElseThrow(), CLOCK);
      if (clock.isEmpty() || last.get().hasDate() || last.get().partOfDay().isPresent()) {
        return Optional.empty();
      }
      Timex.Builder withPod = Timex.builder();
      if (!times.clock(clock.get(), withPod, TimeReader.partOfDay(lead.get()), lead.get(), true)) {
        return Optional.empty();
      }
      last = Optional.of(withPod.build());
    }
    OptionalInt lo = TimeReader.integerOrZero(tree.text(ctx, LO).orElseThrow());
    if (last.isEmpty() || lo.isEmpty() || last.get().present() || last.get().anchor().isPresent()) {
      return Optional.empty();
    }
    Optional<ParserRuleContext> on = tree.sub(ctx, ON);
    if (on.isPresent()) {
      // 3月20日0—24时: the date holds for both hours.
      Timex.Builder day = Timex.builder();
      if (!last.get().hasClock() || last.get().hasDate() || !times.date(on.get(), day, false)) {
        return Optional.empty();
      }
      last = Optional.of(last.get().toBuilder().inheritDate(day.build()).build());
    }
    Timex to = last.get();
    int n = lo.getAsInt();
    Timex.Builder from = to.toBuilder().approx(null);
    if (to.hasClock()) {
      if (lead.isPresent()) {
        n = TimeReader.adjust(n, TimeReader.partOfDay(lead.get()), lead.get());
      }
      if (n > 24 || n >= to.hour().getAsInt()) {
        return Optional.empty();
      }
      from = Timex.builder().hour(n);
      if (to.hasDate()) {
        from.inheritDate(to);
      }
    } else if (to.day().isPresent()) {
      if (n < 1 || n >= to.day().getAsInt()) {
        return Optional.empty();
      }
      from.day(n);
    } else if (to.month().isPresent()) {
      if (n < 1 || n >= to.month().getAsInt()) {
        return Optional.empty();
      }
      from.month(n);
    } else if (to.year().isPresent()) {
      if (n < 1000 || n >= to.year().getAsInt()) {
        return Optional.empty();
      }
      from.year(n);
    } else {
      return Optional.empty();
    }
    return Optional.of(new Interval(from.build(), to));
  }
}
