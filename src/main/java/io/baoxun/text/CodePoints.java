package io.baoxun.text;

/** The code points of a string as an array. */
public final class CodePoints {
  private CodePoints() {}

  /**
   * What {@code s.codePoints().toArray()} gives, in a plain loop over a char array: a stream
   * pipeline costs several times as much under the C1 compiler the launcher runs, and so does a
   * call of {@code codePointAt} per character. Segmentation and the lexer convert every page.
   */
  public static int[] of(String s) {
    char[] chars = s.toCharArray();
    int[] out = new int[chars.length];
    int k = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
        out[k++] = Character.toCodePoint(c, chars[++i]);
      } else {
        out[k++] = c;
      }
    }
    return k == out.length ? out : java.util.Arrays.copyOf(out, k);
  }
}
