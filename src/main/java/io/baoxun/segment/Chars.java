package io.baoxun.segment;

/**
 * Character classes the segmenter decides with. Every test here sees code points already folded by
 * {@link #fold}, so the segmenter treats the raw page and the normalised page alike: {@code （} and
 * {@code (}, {@code ！} and {@code !} are one class.
 */
final class Chars {
  /**
   * {@link #isIgnorable} for the Basic Multilingual Plane, bit c of word c / 64: it is asked of
   * every character of a page.
   */
  private static final long[] IGNORABLE_BMP = new long[0x10000 / 64];

  static {
    for (int c = 0; c < 0x10000; c++) {
      if (ignorable(c)) {
        IGNORABLE_BMP[c >>> 6] |= 1L << c;
      }
    }
  }

  private Chars() {}

  /** Full-width ASCII forms to ASCII, as the normaliser does; other code points unchanged. */
  static int fold(int c) {
    if (c >= 0xFF01 && c <= 0xFF5E) {
      return c - 0xFEE0;
    }
    if (c == 0xFF61) { // halfwidth ideographic full stop
      return '。';
    }
    return c;
  }

  /**
   * Characters that carry no text for segmentation: white space of every width, the replacement
   * character OCR leaves behind, zero-width and control characters.
   */
  static boolean isIgnorable(int c) {
    return c >= 0 && c < 0x10000 ? (IGNORABLE_BMP[c >>> 6] & (1L << c)) != 0 : ignorable(c);
  }

  private static boolean ignorable(int c) {
    return Character.isWhitespace(c)
        || c == 0x3000
        || c == 0x00A0
        || c == 0xFEFF
        || c == 0xFFFD
        || c == 0x200B
        || Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.FORMAT;
  }

  static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x0C;
  }

  static boolean isHan(int c) {
    return io.baoxun.text.Scripts.isHan(c);
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A character that counts as text (not punctuation or symbol) for length and similarity. */
  static boolean isWordChar(int c) {
    return isHan(c) || isDigit(c) || isAsciiLetter(c);
  }

  /** Marks that end a sentence for sure: 。！？ and their half-width forms. */
  static boolean isFinalMark(int c) {
    return c == '。' || c == '!' || c == '?';
  }

  static boolean isEllipsis(int c) {
    return c == '…' || c == '⋯';
  }

  /** Closing quotes and brackets: after a final mark they still belong to the sentence. */
  static boolean isCloser(int c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == ')' || c == '】' || c == '》'
        || c == '〉' || c == ']' || c == '"' || c == '\'' || c == '﹂' || c == '﹄';
  }

  /** Box and bullet marks printed before bylines and datelines (■ 本报记者 …). */
  static boolean isLeadMarker(int c) {
    return c == '■' || c == '□' || c == '●' || c == '○' || c == '◆' || c == '◇' || c == '▲'
        || c == '△' || c == '★' || c == '☆' || c == '▶' || c == '►' || c == '◎' || c == '※'
        || c == '◼' || c == '◾' || c == '▪' || c == '•' || c == '◥' || c == '◤';
  }
}
