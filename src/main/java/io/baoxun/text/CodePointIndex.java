package io.baoxun.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkPositionIndex;

import java.util.Arrays;

/**
 * Converts between code point offsets and UTF-16 indexes of one string in O(log s), where s is the
 * number of supplementary characters (surrogate pairs). With none, the common case for Chinese news,
 * both conversions are the identity and no array is kept.
 *
 * <p>A lone surrogate counts as one code point, as {@link String#codePointCount} counts it.
 */
final class CodePointIndex {
  private static final int[] NONE = new int[0];

  /** UTF-16 index of the high surrogate of each pair, ascending. */
  private final int[] pairChar;

  private final int charLength;

  private CodePointIndex(int[] pairChar, int charLength) {
    this.pairChar = pairChar;
    this.charLength = charLength;
  }

  static CodePointIndex of(CharSequence s) {
    // An array, not charAt: under the client compiler each charAt is three calls, and this runs
    // over every document twice.
    char[] c = s.toString().toCharArray();
    int n = c.length;
    int[] pairs = NONE;
    int count = 0;
    for (int i = 0; i + 1 < n; i++) {
      if (Character.isHighSurrogate(c[i]) && Character.isLowSurrogate(c[i + 1])) {
        if (count == pairs.length) {
          pairs = Arrays.copyOf(pairs, Math.max(8, count * 2));
        }
        pairs[count++] = i;
        i++;
      }
    }
    return new CodePointIndex(count == pairs.length ? pairs : Arrays.copyOf(pairs, count), n);
  }

  /** Length in code points. */
  int length() {
    return charLength - pairChar.length;
  }

  boolean hasSupplementary() {
    return pairChar.length > 0;
  }

  /** UTF-16 index of a code point offset in {@code [0, length()]}. */
  int charIndex(int codePointOffset) {
    checkPositionIndex(codePointOffset, length(), "code point offset");
    if (pairChar.length == 0) {
      return codePointOffset;
    }
    // Pair j sits at code point offset pairChar[j] - j; count the pairs before the offset.
    int lo = 0;
    int hi = pairChar.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (pairChar[mid] - mid < codePointOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return codePointOffset + lo;
  }

  /** Code point offset of a UTF-16 index in {@code [0, charLength]} that does not split a pair. */
  int codePointOffset(int charIndex) {
    checkPositionIndex(charIndex, charLength, "char index");
    if (pairChar.length == 0) {
      return charIndex;
    }
    int before = lowerBound(pairChar, charIndex); // pairs starting before charIndex
    checkArgument(
        before == 0 || pairChar[before - 1] != charIndex - 1,
        "char index %s splits a surrogate pair",
        charIndex);
    return charIndex - before;
  }

  /** Number of elements of ascending {@code a} that are less than {@code key}. */
  private static int lowerBound(int[] a, int key) {
    int i = Arrays.binarySearch(a, key);
    return i >= 0 ? i : -i - 1;
  }
}
