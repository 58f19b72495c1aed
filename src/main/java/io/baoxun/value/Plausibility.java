package io.baoxun.value;

import io.baoxun.grammar.Match;
import io.baoxun.text.Span;

/**
 * What the grammar cannot see: the characters right outside a match. A lone number must not be a
 * piece of a word or a code.
 */
final class Plausibility {
  private Plausibility() {}

  /** Whether a match of a top-level rule may stand as an item in {@code text}. */
  static boolean standsAlone(Match m, Value v, String text) {
    if (!(v instanceof NumberValue)) {
      return true;
    }
    Span s = m.span();
    int before = s.start() > 0 ? text.codePointAt(text.offsetByCodePoints(0, s.start() - 1)) : -1;
    int end = text.offsetByCodePoints(0, s.end());
    int after = end < text.length() ? text.codePointAt(end) : -1;
    String body = text.substring(text.offsetByCodePoints(0, s.start()), end);
    if (s.length() == 1 && ChineseNumerals.isSingleDigit(body) && (isHan(before) || isHan(after))) {
      return false; // 一 in 统一, 一线, 十分重要: a lone digit inside words is no number
    }
    if (isLatin(before) || isLatin(after)) {
      return false; // N95, 5G, H3N2
    }
    if (body.startsWith("-") && (Character.isDigit(before) || before == '-')) {
      return false; // 888-9, --9: the dash is no minus
    }
    if (body.startsWith(".") && Character.isDigit(before)) {
      return false; // 1.2.3: no decimal .3
    }
    return true;
  }

  private static boolean isHan(int c) {
    return c >= 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatin(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
