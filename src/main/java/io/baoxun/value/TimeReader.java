package io.baoxun.value;

import static io.baoxun.value.ValueRules.Labels.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Reads {@code time} matches into TIMEX3 values ({@link IntervalReader} builds intervals on it).
 *
 * <p>It also decides what the grammar cannot: that 13月 is no month, that 3年 is no year (a year
 * has four digits, or two before a month: 18年10月1日), and that a bare hour needs company (三点
 * alone is "three points", 一时 "for a while").
 */
final class TimeReader {
  private final Tree tree;

  TimeReader(Tree tree) {
    this.tree = tree;
  }

  Optional<Timex> time(ParserRuleContext ctx) {
    return time(ctx, false);
  }

  /**
   * @param followsTime the time is the end of an interval, so a bare hour (到12点) has company
   */
  Optional<Timex> time(ParserRuleContext ctx, boolean followsTime) {
    Timex.Builder b = Timex.builder();
    boolean ok;
    if (tree.has(ctx, DAY)) {
      ok = date(tree.sub(ctx, DAY).orElseThrow(), b, followsTime)
          && tree.sub(ctx, NOTE).map(this::noteOk).orElse(true)
          && tree.sub(ctx, AT).map(t -> dayTime(t, b)).orElse(true);
      Optional<String> same = tree.text(ctx, SAME);
      if (same.isPresent() && same.get().length() == 2 && "晚夜".indexOf(same.get().charAt(1)) >= 0) {
        if (tree.has(ctx, AT)) {
          return Optional.empty(); // 当晚下午
        }
        b.partOfDay(partOfDay(same.get().substring(1)));
      }
    } else if (tree.has(ctx, REL)) {
      b.anchor(new Timex.Anchor('D', relDay(tree.text(ctx, REL).orElseThrow())));
      ok = tree.sub(ctx, AT).map(t -> dayTime(t, b)).orElse(true);
    } else if (tree.has(ctx, REL_AT)) {
      String w = tree.text(ctx, REL_AT).orElseThrow();
      b.anchor(new Timex.Anchor('D', relDay(w.substring(0, 1))));
      String pod = partOfDay(w.substring(1));
      ok = tree.sub(ctx, CLOCK).map(c -> clock(c, b, pod, w.substring(1), true)).orElseGet(() -> {
        b.partOfDay(pod);
        return true;
      });
    } else if (tree.has(ctx, POD)) {
      String w = tree.text(ctx, POD).orElseThrow();
      String pod = partOfDay(w);
      ok = tree.sub(ctx, CLOCK).map(c -> clock(c, b, pod, w, true)).orElseGet(() -> {
        b.partOfDay(pod);
        return true;
      });
    } else if (tree.has(ctx, CLOCK)) {
      ok = clock(tree.sub(ctx, CLOCK).orElseThrow(), b, null, "", followsTime || tree.has(ctx, PRE));
    } else if (tree.has(ctx, WEEK)) {
      OptionalInt d = weekday(tree.sub(ctx, WEEK).orElseThrow());
      ok = d.isPresent();
      if (ok) {
        b.weekday(d.getAsInt());
        ok = tree.sub(ctx, AT).map(t -> dayTime(t, b)).orElse(true);
      }
    } else {
      return Optional.of(Timex.PRESENT_REF);
    }
    tree.text(ctx, PRE).or(() -> tree.text(ctx, POST)).ifPresent(b::approx);
    return ok ? Optional.of(b.build()) : Optional.empty();
  }

  private boolean noteOk(ParserRuleContext note) {
    return tree.child(note, ValueRules.WEEKDAY).map(w -> weekday(w).isPresent()).orElse(false);
  }

  /** @param followsTime the date ends an interval and takes its month from the start (至十二日) */
  boolean date(ParserRuleContext ctx, Timex.Builder b, boolean followsTime) {
    Optional<String> iso = tree.text(ctx, ISO);
    if (iso.isPresent()) {
      String[] p = iso.get().split("[-./]");
      return setYear(b, p[0], false) && setMonth(b, p[1]) && setDay(b, p[2]);
    }
    Optional<ParserRuleContext> month = tree.sub(ctx, MONTH);
    boolean chineseMonth = false;
    if (tree.has(ctx, YEAR)) {
      ParserRuleContext y = tree.sub(ctx, YEAR).orElseThrow();
      Optional<String> rel = tree.text(y, REL);
      if (rel.isPresent()) {
        b.anchor(new Timex.Anchor('Y', relYear(rel.get())));
      } else if (!setYear(b, tree.text(y, NUM).orElseThrow(), month.isPresent())) {
        return false;
      }
    }
    if (month.isPresent()) {
      ParserRuleContext m = month.get();
      Optional<String> rel = tree.text(m, REL);
      Optional<String> named = tree.text(m, NAMED);
      if (rel.isPresent()) {
        if (tree.has(ctx, YEAR)) {
          return false;
        }
        b.anchor(new Timex.Anchor('M', relMonth(rel.get())));
      } else if (named.isPresent()) {
        b.month(switch (named.get()) {
          case "正月" -> 1;
          case "冬月" -> 11;
          default -> 12;
        });
        chineseMonth = true;
      } else {
        String num = tree.text(m, NUM).orElseThrow();
        chineseMonth = !Character.isDigit(num.codePointAt(0));
        if (!setMonth(b, num)) {
          return false;
        }
      }
    }
    Optional<ParserRuleContext> dom = tree.sub(ctx, DOM);
    // A pack written before bareDay keeps its bare day inside dayPart.
    Optional<String> bareDay = tree.text(ctx, BARE_DAY).or(() -> dom.flatMap(d -> tree.text(d, BARE)));
    if (dom.isPresent() || bareDay.isPresent()) {
      Optional<String> unit = dom.flatMap(d -> tree.text(d, UNIT));
      boolean needsMonth = bareDay.isPresent() || unit.map(u -> !u.equals("日")).orElse(false);
      String num = bareDay.isPresent() ? bareDay.get() : tree.text(dom.get(), NUM).orElseThrow();
      boolean chineseDay = !Character.isDigit(num.codePointAt(0));
      if (month.isEmpty() && (needsMonth || chineseDay && !followsTime) || bareDay.isPresent() && !chineseMonth) {
        return false; // 3号楼, 一日 and 十五 alone; 3月十五 mixes scripts
      }
      if (dom.isPresent() && tree.has(dom.get(), LUNAR_DAY)) {
        OptionalInt n = integer(num);
        if (n.isEmpty() || n.getAsInt() > 10) {
          return false;
        }
      }
      if (!setDay(b, num)) {
        return false;
      }
    }
    tree.text(ctx, MOD).ifPresent(m -> b.mod(switch (m) {
      case "初", "上旬" -> "START";
      case "中旬" -> "MID";
      default -> "END";
    }));
    tree.text(ctx, HALF).ifPresent(h -> b.half(h.startsWith("上") ? "H1" : "H2"));
    return true;
  }

  /** Four digits (2022, 二〇二二), or two when a month follows or with a leading zero (18年10月, 08年). */
  private static boolean setYear(Timex.Builder b, String text, boolean monthFollows) {
    Optional<String> digits = ChineseNumerals.digitSequence(text);
    if (digits.isEmpty()) {
      return false;
    }
    String d = digits.get();
    if (d.length() != 2 && d.length() != 4) {
      return false; // and no parse of 0202020202022, which no int holds
    }
    int y = Integer.parseInt(d);
    if (d.length() == 4 && y >= 1000 && y <= 2999) {
      b.year(y);
      return true;
    }
    if (d.length() == 2 && (monthFollows || d.charAt(0) == '0')) {
      b.year(y < 50 ? 2000 + y : 1900 + y);
      return true;
    }
    return false;
  }

  static boolean setMonth(Timex.Builder b, String text) {
    OptionalInt m = integer(text);
    if (m.isEmpty() || m.getAsInt() < 1 || m.getAsInt() > 12) {
      return false;
    }
    b.month(m.getAsInt());
    return true;
  }

  private static boolean setDay(Timex.Builder b, String text) {
    OptionalInt d = integer(text);
    if (d.isEmpty() || d.getAsInt() < 1 || d.getAsInt() > 31) {
      return false;
    }
    b.day(d.getAsInt());
    return true;
  }

  private boolean dayTime(ParserRuleContext ctx, Timex.Builder b) {
    Optional<String> podWord = tree.text(ctx, POD).or(() -> tree.text(ctx, SHORT));
    String pod = podWord.map(TimeReader::partOfDay).orElse(null);
    Optional<ParserRuleContext> clock = tree.sub(ctx, CLOCK);
    if (clock.isPresent()) {
      return clock(clock.get(), b, pod, podWord.orElse(""), true);
    }
    b.partOfDay(pod);
    return true;
  }

  /**
   * A clock time. {@code withContext}: a date, a relative day or a part of the day came before, so
   * even 三点 is a time.
   */
  boolean clock(ParserRuleContext ctx, Timex.Builder b, String pod, String podWord, boolean withContext) {
    int h;
    int m = 0;
    Integer s = null;
    Optional<String> hhmm = tree.text(ctx, HHMM);
    if (hhmm.isPresent()) {
      String[] p = hhmm.get().replace('：', ':').split(":");
      // A pack's own clock token may take more digits than a clock has: such a text is no time.
      if (p.length < 2 || !Arrays.stream(p).allMatch(TimeReader::isClockField)) {
        return false;
      }
      h = Integer.parseInt(ascii(p[0]));
      m = Integer.parseInt(ascii(p[1]));
      if (p.length > 2) {
        s = Integer.parseInt(ascii(p[2]));
      }
    } else {
      String hourText = tree.text(ctx, HOUR).orElseThrow();
      OptionalInt hour = integerOrZero(hourText);
      if (hour.isEmpty()) {
        return false;
      }
      h = hour.getAsInt();
      String word = tree.text(ctx, HOUR_WORD).orElseThrow();
      boolean point = word.equals("点") || word.equals("點"); // 点钟 is always o'clock
      boolean minuteSaid = true;
      if (tree.has(ctx, MINUTE)) {
        OptionalInt mi = integerOrZero(tree.text(ctx, MINUTE).orElseThrow());
        if (mi.isEmpty()) {
          return false;
        }
        m = mi.getAsInt();
        if (tree.has(ctx, SECOND)) {
          OptionalInt se = integerOrZero(tree.text(ctx, SECOND).orElseThrow());
          if (se.isEmpty() || se.getAsInt() > 59) {
            return false;
          }
          s = se.getAsInt();
        }
      } else if (tree.has(ctx, HALF)) {
        m = 30;
      } else if (tree.has(ctx, QUARTER)) {
        m = tree.text(ctx, QUARTER).orElseThrow().startsWith("一") ? 15 : 45;
      } else if (tree.has(ctx, BARE_MINUTE)) {
        String t = tree.text(ctx, BARE_MINUTE).orElseThrow();
        OptionalInt mi = integer(t);
        boolean arabic = Character.isDigit(t.codePointAt(0));
        if (mi.isEmpty() || mi.getAsInt() < 10 || (arabic && t.length() != 2)) {
          return false; // 九点五 is 9.5, not 9:05
        }
        m = mi.getAsInt();
      } else {
        minuteSaid = tree.has(ctx, EXACT);
      }
      if (!withContext && !minuteSaid) {
        boolean arabicHour = Character.isDigit(hourText.codePointAt(0));
        boolean ok = h == 0 || (point ? h >= 13 : arabicHour); // 零时, 零点, 13点, 12时
        if (!ok) {
          return false; // 三点要求, 一时
        }
      }
    }
    if (h > 24 || m > 59 || (h == 24 && m > 0) || (s != null && s > 59)) {
      return false;
    }
    if (pod != null) {
      h = adjust(h, pod, podWord);
    }
    b.hour(h).minute(m);
    if (s != null) {
      b.second(s);
    }
    return true;
  }

  /** 下午3时 is 15:00, 晚上12点 24:00, 凌晨2点 02:00, 中午1点 13:00. */
  static int adjust(int h, String pod, String word) {
    return switch (pod) {
      case "TAF" -> h >= 1 && h <= 11 ? h + 12 : h;
      case "TEV" -> h >= 1 && h <= 11 ? h + 12 : h == 12 ? 24 : h;
      case "TNI" -> word.equals("凌晨") ? h : h >= 6 && h <= 11 ? h + 12 : h == 12 ? 24 : h;
      case "TMI" -> h >= 1 && h <= 4 ? h + 12 : h;
      default -> h;
    };
  }

  private OptionalInt weekday(ParserRuleContext ctx) {
    String d = tree.text(ctx, D).orElseThrow();
    if (d.equals("日") || d.equals("天")) {
      return OptionalInt.of(7);
    }
    int n = "一二三四五六".indexOf(d);
    return d.length() == 1 && n >= 0 ? OptionalInt.of(n + 1) : OptionalInt.empty(); // 周两 is no day
  }

  static String partOfDay(String w) {
    return switch (w) {
      case "上午", "早上", "早晨", "清晨", "早间", "早", "晨" -> "TMO";
      case "中午", "午间" -> "TMI";
      case "下午", "午后" -> "TAF";
      case "傍晚", "晚上", "晚间", "晚" -> "TEV";
      default -> "TNI";
    };
  }

  private static int relDay(String w) {
    return switch (w) {
      case "昨天", "昨日", "昨" -> -1;
      case "前天" -> -2;
      case "明天", "明日", "次日", "翌日", "明" -> 1;
      case "后天", "後天" -> 2;
      default -> 0;
    };
  }

  private static int relYear(String w) {
    return switch (w) {
      case "去年", "上年" -> -1;
      case "前年" -> -2;
      case "明年" -> 1;
      default -> 0;
    };
  }

  private static int relMonth(String w) {
    return switch (w) {
      case "上月", "上个月" -> -1;
      case "下月", "下个月" -> 1;
      default -> 0;
    };
  }

  /** A positive whole number written in Arabic or Chinese digits. */
  static OptionalInt integer(String text) {
    OptionalInt n = integerOrZero(text);
    return n.isPresent() && n.getAsInt() > 0 ? n : OptionalInt.empty();
  }

  static OptionalInt integerOrZero(String text) {
    Optional<BigDecimal> v = ChineseNumerals.exact(text);
    if (v.isEmpty() || v.get().signum() < 0 || v.get().stripTrailingZeros().scale() > 0
        || v.get().compareTo(BigDecimal.valueOf(10_000)) > 0) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(v.get().intValueExact());
  }

  private static boolean isClockField(String part) {
    int n = part.codePointCount(0, part.length());
    return n >= 1 && n <= 2 && part.codePoints().allMatch(c -> Character.digit(c, 10) >= 0);
  }

  private static String ascii(String digits) {
    StringBuilder b = new StringBuilder();
    digits.codePoints().forEach(c -> b.append((char) ('0' + Character.digit(c, 10))));
    return b.toString();
  }
}
