package io.baoxun.text;

import java.util.BitSet;

/**
 * Character properties the normaliser and segmenter ask for every character, looked up in tables
 * of the Basic Multilingual Plane built once from the JDK's own Unicode data, so the answers are
 * the JDK's. {@link Character.UnicodeScript#of} is a binary search over two thousand ranges, and
 * asked for each character of a page it was a tenth of segmenting it.
 */
public final class Scripts {
  private static final int BMP = 0x10000;
  private static final BitSet HAN = new BitSet(BMP);
  private static final BitSet SPACE_SEPARATOR = new BitSet(BMP);

  static {
    for (int c = 0; c < BMP; c++) {
      // No Han character below U+2E80 (the CJK radicals): skip the search there.
      if (c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        HAN.set(c);
      }
      if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        SPACE_SEPARATOR.set(c);
      }
    }
  }

  private Scripts() {}

  /** Whether {@code cp} is of the Han script: {@code Character.UnicodeScript.of(cp) == HAN}. */
  public static boolean isHan(int cp) {
    if (cp >= 0 && cp < BMP) {
      return HAN.get(cp);
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whether {@code cp} is a space separator (Zs): {@code Character.getType(cp) == SPACE_SEPARATOR}. */
  static boolean isSpaceSeparator(int cp) {
    if (cp >= 0 && cp < BMP) {
      return SPACE_SEPARATOR.get(cp);
    }
    return Character.getType(cp) == Character.SPACE_SEPARATOR;
  }
}
