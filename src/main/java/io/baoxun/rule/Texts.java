package io.baoxun.rule;

/** Small text helpers for showing original text in fields and messages. */
final class Texts {
  private Texts() {}

  /**
   * The text with line breaks and U+FFFD removed: what a field shows of original text that the page
   * broke over lines ({@code 李\n平} reads {@code 李平}).
   */
  static String withoutBreaks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> !isBreak(c) && c != 0xFFFD)
        .forEach(b::appendCodePoint);
    return b.toString();
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
