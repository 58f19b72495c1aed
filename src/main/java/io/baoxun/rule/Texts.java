package io.baoxun.rule;

import io.baoxun.text.CodePoints;

/** Small text helpers for showing original text in fields and messages. */
final class Texts {
  private Texts() {}

  /**
   * The text with line breaks and U+FFFD removed: what a field shows of original text that the page
   * broke over lines ({@code 李\n平} reads {@code 李平}).
   */
  static String withoutBreaks(String s) {
    if (plain(s)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !isBreak(c) && c != 0xFFFD)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /**
   * The text as its words read: without line breaks, U+FFFD, and the spaces next to a Chinese
   * character, which pages and OCR put in for layout ({@code 冯  敏}, {@code 本报 1月 11 日讯});
   * a space between two Latin words stays.
   */
  static String asWords(String s) {
    if (plain(s)) {
      return s;
    }
    int[] cps = CodePoints.of(withoutBreaks(s));
    StringBuilder b = new StringBuilder(cps.length);
    for (int i = 0; i < cps.length; i++) {
      int c = cps[i];
      if (Character.isWhitespace(c) || c == 0x3000 || c == 0xA0) {
        int j = i;
        while (j < cps.length && (Character.isWhitespace(cps[j]) || cps[j] == 0x3000 || cps[j] == 0xA0)) {
          j++;
        }
        boolean inner = b.length() > 0 && j < cps.length;
        if (inner && !isHan(b.codePointBefore(b.length())) && !isHan(cps[j])) {
          b.append(' ');
        }
        i = j - 1;
        continue;
      }
      b.appendCodePoint(c);
    }
    return b.toString();
  }

  /**
   * Whether the text has nothing either helper changes: most texts of matches do not, and this
   * test is much cheaper than rebuilding them (rules read node texts at every match).
   */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == 0x3000 || c == 0xA0 || c == 0xFFFD || isBreak(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }

  private static boolean isBreak(int c) {
    return (c >= 0x0A && c <= 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
  }

  /** The end of a text, cut to {@code max} code points with an ellipsis before, breaks as ⏎. */
  static String tail(String s, int max) {
    String flat = s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    int n = flat.codePointCount(0, flat.length());
    return n <= max ? flat : "…" + flat.substring(flat.offsetByCodePoints(0, n - max + 1));
  }

  /** A text cut to {@code max} code points with an ellipsis, line breaks shown as ⏎. */
  static String shorten(String s, int max) {
    String flat = s.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎');
    if (flat.codePointCount(0, flat.length()) <= max) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, max - 1)) + "…";
  }
}
