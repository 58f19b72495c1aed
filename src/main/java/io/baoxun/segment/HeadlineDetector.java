package io.baoxun.segment;

/**
 * Says whether one line could be (part of) a headline: short, mostly Chinese, with no sentence
 * punctuation. Whether a candidate really is a headline depends on where it stands (see {@link
 * ArticleAssembler}); this class only looks at the line itself.
 *
 * <p>Why these tests: headlines in local papers are set without 。，； and never end in a mark,
 * while a body line, even a short one cut by a column break, almost always carries a comma or
 * ends on one. Commas inside quotes are allowed, as in {@code “无论在哪里，都要展现聊城人的担当”};
 * a colon inside is allowed, as in {@code 区卫生局：筑牢疫情防控健康防线}. Headlines with a bare
 * comma outside quotes are not recognised (a known limit: they look like body fragments).
 */
final class HeadlineDetector {
  /** Longest headline line, in code points of the compact form (spaces left out). */
  static final int MAX_LENGTH = 40;

  private HeadlineDetector() {}

  static boolean isCandidate(CompactText t) {
    int from = t.afterLeadMarkers();
    int n = t.length() - from;
    if (n < 2 || n > MAX_LENGTH) {
      return false;
    }
    int[] c = t.cps();
    if (startsWithEnumeration(c, from)) {
      return false; // 一、加强组织领导 / (二)压实责任 / 3.强化督导: subheadings inside a report
    }
    if (isAsOfStamp(c, from)) {
      return false; // 截至3月20日12时 heading a box of figures says when, not what
    }
    int han = 0;
    int depth = 0; // quotes and brackets
    boolean markInside = false;
    for (int i = from; i < c.length; i++) {
      int ch = c[i];
      if (Chars.isHan(ch)) {
        han++;
      }
      if (ch == '“' || ch == '‘' || ch == '「' || ch == '『' || ch == '(' || ch == '《' || ch == '【') {
        depth++;
      } else if (ch == '”' || ch == '’' || ch == '」' || ch == '』' || ch == ')' || ch == '》'
          || ch == '】') {
        depth = Math.max(0, depth - 1);
      }
      if (ch == '。' || ch == ';' || ch == '；') {
        return false;
      }
      if (ch == ',' || ch == '，' || ch == '!' || ch == '?') {
        if (depth == 0) {
          return false;
        }
        markInside = true;
      }
    }
    if (markInside && depth > 0) {
      return false; // a comma inside a quote that never closes: a cut-off body line
    }
    if (han < 2 || han * 2 < n) {
      return false;
    }
    int last = c[c.length - 1];
    return !(last == ':' || last == '：' || last == '、' || Chars.isEllipsis(last) || last == '—'
        || last == '.');
  }

  /** 截至3月20日12时, 截止11:00时: an as-of time alone on its line, which no headline is. */
  private static boolean isAsOfStamp(int[] c, int from) {
    if (c.length - from < 4 || !(c[from] == '截' && (c[from + 1] == '至' || c[from + 1] == '止'))) {
      return false;
    }
    for (int i = from + 2; i < c.length; i++) {
      int ch = c[i];
      boolean digit = (ch >= '0' && ch <= '9') || "零〇一二三四五六七八九十两".indexOf(ch) >= 0;
      if (!digit && "年月日时点分:：到止前".indexOf(ch) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A numbered subheading: a short line starting 一、, (二), 3. with no comma or final mark. It is a
   * paragraph of its own, never the first half of a sentence cut by a column break.
   */
  static boolean isNumberedSubheading(CompactText t) {
    int from = t.afterLeadMarkers();
    int[] c = t.cps();
    if (c.length - from > MAX_LENGTH || !startsWithEnumeration(c, from)) {
      return false;
    }
    for (int i = from; i < c.length; i++) {
      if (c[i] == ',' || c[i] == '，' || c[i] == ';' || c[i] == '；' || Chars.isFinalMark(c[i])) {
        return false;
      }
    }
    return true;
  }

  /** 一、 (一) （二） 1、 2. at the start of a line. */
  private static boolean startsWithEnumeration(int[] c, int from) {
    int i = from;
    boolean bracket = i < c.length && c[i] == '(';
    if (bracket) {
      i++;
    }
    int numerals = 0;
    while (i < c.length && ("一二三四五六七八九十".indexOf(c[i]) >= 0 || Chars.isDigit(c[i]))) {
      i++;
      numerals++;
    }
    if (numerals == 0 || numerals > 3 || i >= c.length) {
      return false;
    }
    if (bracket) {
      return c[i] == ')';
    }
    boolean dot = c[i] == '.' && !(i + 1 < c.length && Chars.isDigit(c[i + 1])); // not 3.5万
    return c[i] == '、' || dot || c[i] == '是';
  }
}
