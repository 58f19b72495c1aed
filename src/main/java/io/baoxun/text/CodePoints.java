package io.baoxun.text;

/** The code points of a string as an array. */
public final class CodePoints {
  private CodePoints() {}

  /**
   * What {@code s.codePoints().toArray()} gives, in a plain loop: a stream pipeline costs several
   * times as much under the C1 compiler the launcher runs, and segmentation converts every page.
   */
  public static int[] of(String s) {
    int[] out = new int[s.codePointCount(0, s.length())];
    for (int i = 0, j = 0; i < s.length(); j++) {
      int c = s.codePointAt(i);
      out[j] = c;
      i += Character.charCount(c);
    }
    return out;
  }
}
