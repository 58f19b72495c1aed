package io.baoxun.segment;

import io.baoxun.text.CodePoints;
import java.util.List;

/**
 * Finds datelines and bylines, the marks that open an article's body.
 *
 * <ul>
 *   <li>this paper: {@code 本报讯}, {@code 本报1月11日讯}, {@code 本报北京3月1日讯};
 *   <li>other outlets: {@code 聊城日报讯}, {@code 大众网讯}, {@code 新华社消息}, {@code 新华社北京3月18日电};
 *   <li>each optionally followed by the reporters in brackets: {@code 本报讯（记者 王培源）};
 *   <li>a byline alone on its line: {@code ■ 本报记者 林金彦}, {@code 本报记者 张三 通讯员 李四}.
 * </ul>
 *
 * All methods work on the compact form, so spaces and line breaks inside a dateline (the OCR
 * wraps {@code （通讯员 李\n平 郑直）}) do not matter. Scans are bounded by small constants: a
 * dateline is at most a few dozen characters.
 */
final class DatelineFinder {
  /** How far the source part of a dateline may reach before its 讯, 消息 or 电. */
  private static final int MAX_SOURCE = 16;
  /** Longest bracketed reporter list after the source. */
  private static final int MAX_REPORTERS = 48;
  /** Characters that end an outlet's name: 日报, 大众网, 电视台, 新华社, 客户端, 新闻, 融媒. */
  private static final String OUTLET_ENDS = "报网台社端闻媒刊";

  private static final List<String> BYLINE_ROLES =
      List.of(
          "本报记者", "本报通讯员", "本报见习记者", "本报特约记者", "本报实习记者", "本报实习生",
          "特约通讯员", "特约记者", "见习记者", "实习记者", "记者", "通讯员", "实习生");

  private DatelineFinder() {}

  /**
   * If a dateline starts at {@code from} (after lead markers), the index just past it (and past
   * the bracketed reporters that follow it); otherwise -1.
   */
  static int matchAt(CompactText t, int from) {
    int[] c = t.cps();
    int i = from;
    while (i < c.length && Chars.isLeadMarker(c[i])) {
      i++;
    }
    int end = source(c, i);
    if (end < 0) {
      return -1;
    }
    return reporters(c, end);
  }

  /** Index of the first entry of a dateline found by {@link #matchAt} (after lead markers). */
  static int startAt(CompactText t, int from) {
    int i = from;
    while (i < t.length() && Chars.isLeadMarker(t.at(i))) {
      i++;
    }
    return i;
  }

  /** The source part: 本报讯, XX报讯, XX消息, XX社某地某月某日电. Index past it or -1. */
  private static int source(int[] c, int i) {
    if (i < c.length && c[i] == '据') {
      return -1; // 据新华社消息 reports someone else's news inside a body sentence
    }
    int limit = Math.min(c.length, i + MAX_SOURCE + 1);
    for (int k = i; k < limit; k++) {
      int ch = c[k];
      if (ch == '讯') {
        return outletName(c, i, k) ? k + 1 : -1;
      }
      if (ch == '消' && k + 1 < c.length && c[k + 1] == '息') {
        return outletName(c, i, k) ? k + 2 : -1;
      }
      if (ch == '电' && k > i && c[k - 1] == '日') {
        return agencyWithDate(c, i, k) ? k + 1 : -1;
      }
      if (!(Chars.isHan(ch) || Chars.isDigit(ch) || ch == '·')) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * {@code c[i, k)} names an outlet, possibly followed by a place and a date: 本报, 本报1月11日,
   * 聊城日报, 大众网. The name must end in 报/网/台/社/… so that words like 通讯 or 快讯 do not count.
   */
  private static boolean outletName(int[] c, int i, int k) {
    int e = k;
    while (e > i && isDatePart(c[e - 1])) {
      e--;
    }
    if (e - i < 2) {
      return false;
    }
    if (c[i] == '本' && c[i + 1] == '报') {
      return !contains(c, i, k, "记者") && !contains(c, i, k, "通讯员");
    }
    return OUTLET_ENDS.indexOf(c[e - 1]) >= 0;
  }

  /** 新华社北京3月18日电: an agency name (with 社/报/网/台), a place, then a month and day. */
  private static boolean agencyWithDate(int[] c, int i, int k) {
    int e = k;
    while (e > i && isDatePart(c[e - 1])) {
      e--;
    }
    if (!contains(c, e, k, "月") || e - i < 2) {
      return false;
    }
    for (int j = i + 1; j < e; j++) {
      if ("社报网台".indexOf(c[j]) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDatePart(int ch) {
    return Chars.isDigit(ch) || "年月日号〇零一二三四五六七八九十廿".indexOf(ch) >= 0;
  }

  /** Skips a bracketed reporter list right after the source: （记者 王培源）. */
  private static int reporters(int[] c, int end) {
    if (end >= c.length || !(c[end] == '(' || c[end] == '【' || c[end] == '[')) {
      return end;
    }
    int limit = Math.min(c.length, end + MAX_REPORTERS);
    for (int k = end + 1; k < limit; k++) {
      int ch = c[k];
      if (ch == ')' || ch == '】' || ch == ']') {
        return k + 1;
      }
      if (Chars.isFinalMark(ch) || ch == '(' || ch == '“') {
        return end;
      }
    }
    return end;
  }

  /**
   * True when the whole line is a byline: a role (本报记者, 记者, 通讯员 …) and names, perhaps several
   * roles, perhaps ending in 报道. A byline is a dateline when body text follows it and a credit
   * when it closes a photo or a box.
   */
  static boolean isByline(CompactText t) {
    int[] c = t.cps();
    int i = t.afterLeadMarkers();
    String role = roleAt(t, i);
    if (role == null) {
      return false;
    }
    if (isColumnLabel(t, i + role.length())) {
      return false;
    }
    int names = 0;
    int k = i + role.length();
    while (k < c.length) {
      String r = roleAt(t, k);
      if (r != null) {
        k += r.length();
        continue;
      }
      int ch = c[k];
      if (Chars.isHan(ch)) {
        if (++names > 30) {
          return false;
        }
      } else if (!(ch == '·' || ch == '、' || ch == '/')) {
        return false;
      }
      k++;
    }
    if (t.startsWith("报道", c.length - 2) && names >= 4) {
      names -= 2;
    }
    return names >= 2 && names <= 30 && c[c.length - 1] != '摄';
  }

  /**
   * 记者感言, 记者手记, 记者观察: column labels that look like a role and a two-character name. The
   * list is of words that follow 记者 in such labels; no one is named 感言.
   */
  private static boolean isColumnLabel(CompactText t, int afterRole) {
    for (String w : COLUMN_WORDS) {
      if (t.startsWith(w, afterRole)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> COLUMN_WORDS =
      List.of(
          "感言", "手记", "观察", "调查", "走访", "探访", "直击", "体验", "视角", "札记", "点评",
          "连线", "帮办", "在线", "日记", "随笔", "见闻", "笔记", "追踪", "跟踪", "暗访", "热线");

  private static String roleAt(CompactText t, int i) {
    for (String r : BYLINE_ROLES) {
      if (t.startsWith(r, i)) {
        return r;
      }
    }
    return null;
  }

  private static boolean contains(int[] c, int from, int to, String s) {
    int[] p = CodePoints.of(s);
    outer:
    for (int i = from; i + p.length <= to; i++) {
      for (int j = 0; j < p.length; j++) {
        if (c[i + j] != p[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Whether, in a line the normaliser joined from two, this paper's dateline 本报…讯 starts at
   * {@code i} with a headline or a credit before it (from {@code from}): the normaliser joins a
   * headline or credit line with the dateline printed right below it ({@code （本通）本报讯…}). Only
   * this paper's own form is searched without a known line break: other outlets' names cannot be
   * told apart from the words before them. The prefix tests are bounded in length.
   */
  static boolean isJoinedDatelineAt(CompactText t, int from, int i) {
    int[] c = t.cps();
    if (i <= from || i + 2 >= c.length || c[i] != '本' || c[i + 1] != '报' || source(c, i) < 0) {
      return false;
    }
    if (i - from > HeadlineDetector.MAX_LENGTH + 2) {
      return false;
    }
    CompactText before = t.sub(from, i);
    return HeadlineDetector.isCandidate(before)
        || CreditFinder.isStandalone(before)
        || CreditFinder.trailingCreditStart(before) >= 0;
  }
}
