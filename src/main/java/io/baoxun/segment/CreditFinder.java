package io.baoxun.segment;

import java.util.List;

/**
 * Finds end-of-article credits: a bracketed name or unit alone on its line ({@code （张蕾）}, {@code
 * (融媒体 裴崇旭)}, {@code (区综合行政执法局)}, {@code (经济日报)}, {@code （记者 X 通讯员 Y）}), the same
 * bracket closing the last paragraph ({@code …开展。 （张蕾）}), and photo credits ({@code 边艺洲 摄},
 * {@code 图/张三}). A credit closes an article: what follows belongs to the next one.
 */
final class CreditFinder {
  /** Longest bracketed credit (inside the brackets), in compact code points. */
  private static final int MAX_INSIDE = 30;
  /** Longest photo credit line. */
  private static final int MAX_PHOTO = 20;

  private static final List<String> PHOTO_ROLES =
      List.of(
          "本报记者", "本报通讯员", "特约通讯员", "特约记者", "见习记者", "摄影记者", "新华社记者", "记者",
          "通讯员", "实习生");
  private static final List<String> PHOTO_PREFIXES =
      List.of("文/图", "图/文", "文图", "摄影/", "摄影:", "摄影", "图/", "图:");

  private CreditFinder() {}

  /** True when the whole line is a credit. */
  static boolean isStandalone(CompactText t) {
    int from = t.afterLeadMarkers();
    int n = t.length();
    if (n - from < 2) {
      return false;
    }
    if (t.at(from) == '(' && t.last() == ')') {
      return isCreditInside(t.cps(), from + 1, n - 1);
    }
    return isPhotoCredit(t, from);
  }

  /**
   * If the line ends with a bracketed credit right after a finished sentence ({@code …到位。（张蕾）}),
   * the index of its opening bracket; otherwise -1.
   */
  static int trailingCreditStart(CompactText t) {
    int[] c = t.cps();
    int n = c.length;
    if (n < 3 || c[n - 1] != ')') {
      return -1;
    }
    int open = -1;
    for (int k = n - 2; k >= Math.max(0, n - 2 - MAX_INSIDE); k--) {
      if (c[k] == '(') {
        open = k;
        break;
      }
      if (c[k] == ')') {
        return -1;
      }
    }
    if (open <= 0 || !isCreditInside(c, open + 1, n - 1)) {
      return -1;
    }
    return LineEndings.endsSentence(c, open) ? open : -1;
  }

  /** Names and units: Chinese characters, name separators, a few letters; nothing else. */
  private static boolean isCreditInside(int[] c, int from, int to) {
    int len = to - from;
    if (len < 2 || len > MAX_INSIDE) {
      return false;
    }
    int han = 0;
    for (int k = from; k < to; k++) {
      int ch = c[k];
      if (Chars.isHan(ch)) {
        han++;
      } else if (!(ch == '·' || ch == '、' || ch == '/' || Chars.isAsciiLetter(ch))) {
        return false;
      }
    }
    return han >= 2;
  }

  /** 边艺洲 摄, 本报记者 张三 摄, 图/张三, 文/图 李四. */
  private static boolean isPhotoCredit(CompactText t, int from) {
    int[] c = t.cps();
    int n = c.length;
    if (n - from > MAX_PHOTO) {
      return false;
    }
    if (c[n - 1] == '摄' && !(n >= 2 && c[n - 2] == '拍')) {
      int end = n - 1;
      if (end > from && c[end - 1] == '/') {
        end--;
      }
      int start = from;
      boolean withRole = false;
      for (String r : PHOTO_ROLES) {
        if (t.startsWith(r, from)) {
          start = from + r.length();
          withRole = true;
          break;
        }
      }
      // without a role only a name or two may stand before 摄, so that 组织拍摄 is no credit
      return isNames(c, start, end) && (withRole || end - start <= 9) && end - start >= 2;
    }
    for (String p : PHOTO_PREFIXES) {
      if (t.startsWith(p, from)) {
        int start = from + p.codePointCount(0, p.length());
        return n - start >= 2 && n - start <= 12 && isNames(c, start, n);
      }
    }
    return false;
  }

  private static boolean isNames(int[] c, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!(Chars.isHan(c[k]) || c[k] == '·' || c[k] == '、')) {
        return false;
      }
    }
    return true;
  }
}
