package io.baoxun.text;

/**
 * Character properties the normaliser and segmenter ask for every character, looked up in tables
 * of the Basic Multilingual Plane built once from the JDK's own Unicode data, so the answers are
 * the JDK's. {@link Character.UnicodeScript#of} is a binary search over two thousand ranges, and
 * asked for each character of a page it was a tenth of segmenting it.
 */
public final class Scripts {
  private static final int BMP = 0x10000;
  /** Bit c of word c / 64 (plain words, not a BitSet: its checks showed under the C1 compiler). */
  private static final long[] HAN = new long[BMP / 64];
  private static final long[] SPACE_SEPARATOR = new long[BMP / 64];

  static {
    for (int c = 0; c < BMP; c++) {
      // No Han character below U+2E80 (the CJK radicals): skip the search there.
      if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        HAN[c >>> 6] |= 1L << c;
      }
      if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        SPACE_SEPARATOR[c >>> 6] |= 1L << c;
      }
    }
  }

  private Scripts() {}

  /** Whether {@code cp} is of the Han script: {@code Character.UnicodeScript.of(cp) == HAN}. */
  public static boolean isHan(int cp) {
    if (cp >= 0 && cp < BMP) {
      return (HAN[cp >>> 6] & (1L << cp)) != 0;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whether {@code cp} is a space separator (Zs): {@code Character.getType(cp) == SPACE_SEPARATOR}. */
  static boolean isSpaceSeparator(int cp) {
    if (cp >= 0 && cp < BMP) {
      return (SPACE_SEPARATOR[cp >>> 6] & (1L << cp)) != 0;
    }
    return Character.getType(cp) == Character.SPACE_SEPARATOR;
  }
}
