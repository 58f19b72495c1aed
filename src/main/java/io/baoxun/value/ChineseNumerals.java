package io.baoxun.value;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads written numerals: Chinese (四千零四万, 两百, 十五), financial (壹佰伍拾), Arabic (1,050,000)
 * and mixed forms (5万4千6百, 3万4000), with the multipliers 万 and 亿.
 *
 * <p>The grammar has already cut the numeral out of the text; this class decides whether the
 * characters make a number and which. Two neighbouring digits make an approximate range (三四 is
 * 3..4, 十七八 is 17..18); any other digit string (二〇二二) is no cardinal — years and discounts
 * read it with {@link #digitSequence}.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** The number, or empty when the characters do not make one (十百, 一一, 万). */
  public static Optional<NumberValue> parse(String s) {
    Optional<String> digits = digitSequence(s);
    if (digits.isPresent() && digits.get().length() >= 3 && (s.contains("〇") || s.contains("零"))
        && !Character.isDigit(s.codePointAt(0))) {
      return Optional.of(NumberValue.of(new BigDecimal(digits.get()))); // 二〇二二, 一〇八
    }
    int pair = rangePair(s);
    if (pair == -2) {
      return Optional.empty();
    }
    if (pair >= 0) {
      int i = s.offsetByCodePoints(0, pair);
      int j = s.offsetByCodePoints(i, 1);
      int k = s.offsetByCodePoints(j, 1);
      Optional<BigDecimal> lo = exact(s.substring(0, j) + s.substring(k));
      Optional<BigDecimal> hi = exact(s.substring(0, i) + s.substring(j));
      if (lo.isEmpty() || hi.isEmpty() || lo.get().compareTo(hi.get()) >= 0) {
        return Optional.empty();
      }
      return Optional.of(NumberValue.range(lo.get(), hi.get()));
    }
    return exact(s).map(NumberValue::of);
  }

  /** The digits of a string made only of single digits (二〇二二 -> "2022", 三八 -> "38"). */
  public static Optional<String> digitSequence(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      int d = digit(c);
      if (d < 0) {
        d = Character.digit(c, 10);
      }
      if (d < 0) {
        return Optional.empty();
      }
      b.append((char) ('0' + d));
      i += Character.charCount(c);
    }
    return b.length() == 0 ? Optional.empty() : Optional.of(b.toString());
  }

  /** The powers of ten of the multipliers (万, 亿) at the end of a numeral: 3万 -> 4, 5 -> 0. */
  public static int trailingMultiplier(String s) {
    int e = 0;
    for (int i = s.length(); i > 0; ) {
      int c = s.codePointBefore(i);
      int m = multiplier(c);
      if (m == 0) {
        break;
      }
      e += m;
      i -= Character.charCount(c);
    }
    return e;
  }

  /** Whether the numeral is one character of financial writing (伍, 拾), an ordinary word alone. */
  public static boolean isLoneFinancial(String s) {
    return s.codePointCount(0, s.length()) == 1 && isFinancial(s.codePointAt(0));
  }

  /** Whether the numeral is one Chinese digit character (一, 五, 两), which alone says little. */
  public static boolean isSingleDigit(String s) {
    return s.codePointCount(0, s.length()) == 1 && (digit(s.codePointAt(0)) >= 0 || power(s.codePointAt(0)) > 0);
  }

  /**
   * The code point index of the first of two neighbouring non-zero Chinese digits (the range form),
   * -1 when there is none, -2 when the string has more than one such pair or a longer digit run.
   */
  private static int rangePair(String s) {
    int found = -1;
    int prev = -1;
    int run = 0;
    int idx = 0;
    for (int i = 0; i < s.length(); idx++) {
      int c = s.codePointAt(i);
      if (c == '点' || c == '點') {
        break; // decimals are digits in a row by nature (点三三)
      }
      int d = digit(c);
      if (d > 0) {
        run++;
        if (run == 2) {
          if (found >= 0 || !neighbours(prev, d)) {
            return -2;
          }
          found = idx - 1;
        } else if (run > 2) {
          return -2;
        }
        prev = d;
      } else {
        run = 0;
      }
      i += Character.charCount(c);
    }
    return found;
  }

  private static boolean neighbours(int a, int b) {
    return b == a + 1;
  }

  /** The exact value of a numeral without range pairs, or empty. */
  static Optional<BigDecimal> exact(String s) {
    Deque<BigDecimal[]> blocks = new ArrayDeque<>(); // {value, power of its multiplier}
    BigDecimal section = BigDecimal.ZERO; // what is below the next multiplier
    BigDecimal pending = null; // a digit or Arabic number not yet given a power
    boolean pendingChinese = false;
    int lastPower = 0; // power of ten of the unit just before the pending digit
    int sectionPower = Integer.MAX_VALUE; // powers within a section must fall: 千 then 百
    boolean zero = false; // a 零 since the last unit: no abbreviation (一千零三 is 1003)
    boolean seen = false;
    int kilo = 0;
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (isArabic(c) || (c == '.' && i + 1 < s.length() && isArabic(s.codePointAt(i + 1)))) {
        int j = i;
        StringBuilder num = new StringBuilder();
        while (j < s.length() && (isArabic(s.codePointAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.'
            || s.charAt(j) == '．')) {
          char ch = s.charAt(j);
          if (ch != ',') {
            num.append(ch == '.' || ch == '．' ? '.' : (char) ('0' + Character.digit(ch, 10)));
          }
          j++;
        }
        j = exponent(s, j, num); // 2e5, 12.32e+14
        if (pending != null) {
          return Optional.empty();
        }
        pending = new BigDecimal(num.toString());
        if (pending.scale() < 0) {
          pending = pending.setScale(0);
        }
        pendingChinese = false;
        seen = true;
        i = j;
        continue;
      }
      int d = digit(c);
      int p = power(c);
      int m = c == '兆' ? 12 : multiplier(c);
      if (c == '兆' && (i + 1 >= s.length() || multiplier(s.codePointAt(i + 1)) > 0)) {
        return Optional.empty(); // 兆 counts 10^12 only inside a longer numeral (五兆六十二亿); 3兆 is 3 mega
      }
      if (d == 0) {
        zero = true;
        seen = true;
        if (pending != null) {
          return Optional.empty();
        }
      } else if (d > 0) {
        if (pending != null) {
          return Optional.empty();
        }
        pending = BigDecimal.valueOf(d);
        pendingChinese = true;
        seen = true;
      } else if (c == '廿') {
        if (pending != null || sectionPower <= 1) {
          return Optional.empty();
        }
        section = section.add(BigDecimal.valueOf(20));
        lastPower = 1;
        sectionPower = 1;
        zero = false;
        seen = true;
      } else if (p > 0) {
        if (p >= sectionPower) {
          return Optional.empty();
        }
        section = section.add(Decimals.shift(pending == null ? BigDecimal.ONE : pending, p));
        pending = null;
        lastPower = p;
        sectionPower = p;
        zero = false;
        seen = true;
      } else if (m > 0) {
        int e = m;
        int j = i + Character.charCount(c);
        while (j < s.length() && multiplier(s.codePointAt(j)) > 0) {
          e += multiplier(s.codePointAt(j));
          j += Character.charCount(s.codePointAt(j));
        }
        BigDecimal block = section.add(pending == null ? BigDecimal.ZERO : pending);
        boolean empty = !seen || (section.signum() == 0 && pending == null && !zero);
        while (!blocks.isEmpty() && blocks.peek()[1].intValue() < e) {
          block = block.add(blocks.pop()[0]);
          empty = false;
        }
        if (empty) {
          return Optional.empty();
        }
        blocks.push(new BigDecimal[] {Decimals.shift(block, e), BigDecimal.valueOf(e)});
        section = BigDecimal.ZERO;
        pending = null;
        lastPower = e;
        sectionPower = Integer.MAX_VALUE;
        zero = false;
        i = j;
        continue;
      } else if (c == '点' || c == '點') {
        StringBuilder frac = new StringBuilder();
        int j = i + Character.charCount(c);
        while (j < s.length() && digit(s.codePointAt(j)) >= 0 && !isTwoWord(s.codePointAt(j))) {
          frac.append(digit(s.codePointAt(j)));
          j += Character.charCount(s.codePointAt(j));
        }
        if (frac.length() == 0 || !seen) {
          return Optional.empty();
        }
        BigDecimal whole = section.add(pending == null ? BigDecimal.ZERO
            : abbreviated(pendingChinese, zero, lastPower) ? Decimals.shift(pending, lastPower - 1) : pending);
        pending = whole.add(new BigDecimal("0." + frac)); // 两千三点一 is 2300.1
        pendingChinese = false;
        section = BigDecimal.ZERO;
        sectionPower = Integer.MAX_VALUE;
        zero = false;
        seen = true;
        i = j;
        continue;
      } else if (c == 'k' || c == 'K') {
        if (i + 1 != s.length()) {
          return Optional.empty();
        }
        kilo = 3;
      } else {
        return Optional.empty();
      }
      i += Character.charCount(c);
    }
    if (!seen) {
      return Optional.empty();
    }
    BigDecimal total = section;
    if (pending != null) {
      // 一千三 is 1300 and 一万三 13000: a last digit right after a unit counts one power lower.
      total = total.add(abbreviated(pendingChinese, zero, lastPower) ? Decimals.shift(pending, lastPower - 1) : pending);
    }
    for (BigDecimal[] b : blocks) {
      total = total.add(b[0]);
    }
    return Optional.of(Decimals.shift(total, kilo));
  }

  /** Appends an exponent ({@code e+14}) that starts at {@code j}, if there is one; returns where it ends. */
  private static int exponent(String s, int j, StringBuilder num) {
    if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < s.length() && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      int digits = k;
      while (k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
        k++;
      }
      if (k > digits) {
        num.append(s, j, k);
        return k;
      }
    }
    return j;
  }

  /** 一千三 is 1300 and 一万三 13000: a last digit right after a unit counts one power lower. */
  private static boolean abbreviated(boolean chinese, boolean zero, int lastPower) {
    return chinese && !zero && lastPower > 1;
  }

  /** 两 counts things (两百) but is no decimal digit: 两百点两 is 200 and then 两. */
  private static boolean isTwoWord(int c) {
    return c == '两' || c == '兩' || c == '倆';
  }

  /** 壹 … 玖, 拾 佰 仟: the forms of financial writing, which alone are ordinary words (拾起, 伍). */
  static boolean isFinancial(int c) {
    return "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
  }

  private static boolean isArabic(int c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** 0..9 for a Chinese digit (两 is 2, 〇 is 0), else -1. */
  static int digit(int c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一', '壹' -> 1;
      case '二', '两', '兩', '倆', '贰', '貳' -> 2;
      case '三', '叁', '參' -> 3;
      case '四', '肆' -> 4;
      case '五', '伍' -> 5;
      case '六', '陆', '陸' -> 6;
      case '七', '柒' -> 7;
      case '八', '捌' -> 8;
      case '九', '玖' -> 9;
      default -> -1;
    };
  }

  /** 1, 2, 3 for 十, 百, 千 (and their financial forms), else 0. */
  static int power(int c) {
    return switch (c) {
      case '十', '拾' -> 1;
      case '百', '佰' -> 2;
      case '千', '仟' -> 3;
      default -> 0;
    };
  }

  /** 4 for 万, 8 for 亿, else 0. */
  static int multiplier(int c) {
    return switch (c) {
      case '万', '萬' -> 4;
      case '亿', '億' -> 8;
      default -> 0;
    };
  }
}
