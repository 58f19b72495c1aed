package io.baoxun.segment;

import io.baoxun.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a paragraph into sentences.
 *
 * <ul>
 *   <li>A sentence ends after 。！？ or half-width {@code !?}, together with any further marks and the
 *       closing quotes or brackets right after them ({@code 。”} and {@code ！）} stay with their
 *       sentence).
 *   <li>{@code ；} does not end a sentence: in these reports it joins the items of one statement
 *       (一是…；二是…；), which belong together.
 *   <li>An ellipsis ({@code ……}, {@code …}, {@code ...}) ends a sentence when what follows starts a
 *       new one; not before 等, 之类, or a comma-like mark.
 *   <li>A half-width {@code .} ends a sentence only when it is not part of a number ({@code 2.2吨})
 *       or a word ({@code www.gov.cn}).
 *   <li>Inside a quotation that closes later in the paragraph, final marks do not end the sentence:
 *       the quote is kept whole, and ends the sentence only when its final mark is followed by the
 *       closing quote. Quotes that never close (OCR losses) are ignored, so one stray {@code “}
 *       cannot swallow a paragraph.
 * </ul>
 *
 * Linear in the paragraph's length.
 */
final class SentenceSplitter {
  private SentenceSplitter() {}

  static List<Span> split(int[] page, Span paragraph) {
    int from = paragraph.start();
    int to = paragraph.end();
    int len = to - from;
    int[] c = new int[len];
    for (int i = 0; i < len; i++) {
      c[i] = Chars.fold(page[from + i]);
    }
    int[] delta = quoteDeltas(c);
    List<Span> out = new ArrayList<>();
    int start = 0;
    int depth = 0;
    boolean words = false; // whether the current sentence has any word yet
    int i = 0;
    while (i < len) {
      if (!isMark(c, i)) {
        depth += delta[i];
        words |= Chars.isWordChar(c[i]);
        i++;
        continue;
      }
      boolean ellipsisOnly = true;
      int j = i;
      while (j < len && isMark(c, j)) {
        if (Chars.isFinalMark(c[j]) || isSingleDot(c, j)) {
          ellipsisOnly = false;
        }
        depth += delta[j];
        j++;
      }
      // closing quotes and brackets right after the marks belong to this sentence
      while (j < len && (Chars.isCloser(c[j]) || (Chars.isIgnorable(c[j]) && closerAhead(c, j)))) {
        depth += delta[j];
        j++;
      }
      boolean ends = depth <= 0;
      if (ends && ellipsisOnly) {
        // an ellipsis opening a paragraph (……这些志愿者…) leads into its sentence
        ends = words && startsNewSentence(c, j);
      }
      if (ends) {
        add(out, from, c, start, j);
        start = j;
        depth = 0;
        words = false;
      }
      i = j;
    }
    add(out, from, c, start, len);
    return out;
  }

  /** A sentence-ending mark at {@code i}: 。!? always, an ellipsis, a period that is no decimal point. */
  private static boolean isMark(int[] c, int i) {
    int ch = c[i];
    if (Chars.isFinalMark(ch) || Chars.isEllipsis(ch)) {
      return true;
    }
    if (ch != '.') {
      return false;
    }
    boolean digitBefore = i > 0 && Chars.isDigit(c[i - 1]);
    boolean wordAfter =
        i + 1 < c.length && (Chars.isDigit(c[i + 1]) || Chars.isAsciiLetter(c[i + 1]));
    boolean dotAround = (i > 0 && c[i - 1] == '.') || (i + 1 < c.length && c[i + 1] == '.');
    if (dotAround) {
      return true; // "..." is an ellipsis
    }
    return !wordAfter && !(digitBefore && i + 1 < c.length && Chars.isDigit(c[i + 1]));
  }

  private static boolean isSingleDot(int[] c, int i) {
    return c[i] == '.' && !(i > 0 && c[i - 1] == '.') && !(i + 1 < c.length && c[i + 1] == '.');
  }

  private static boolean closerAhead(int[] c, int j) {
    int k = j;
    while (k < c.length && Chars.isIgnorable(c[k]) && !Chars.isLineBreak(c[k])) {
      k++;
    }
    return k < c.length && Chars.isCloser(c[k]) && c[k] != '"';
  }

  /** After an ellipsis: a new sentence starts unless 等/之类 or a clause mark continues this one. */
  private static boolean startsNewSentence(int[] c, int j) {
    int k = j;
    while (k < c.length && Chars.isIgnorable(c[k])) {
      k++;
    }
    if (k >= c.length) {
      return true;
    }
    int ch = c[k];
    return !(ch == '等' || ch == '之' || ch == ',' || ch == '，' || ch == '、' || ch == ';'
        || ch == '；' || ch == ':' || ch == '：' || ch == '的');
  }

  /**
   * For each position, +1 where a quotation or bracket opens that closes later in the paragraph,
   * -1 where it closes, 0 elsewhere. Unmatched quotes count 0.
   */
  private static int[] quoteDeltas(int[] c) {
    int[] delta = new int[c.length];
    List<Deque<Integer>> stacks = null; // by pair, made at the first opener
    int straight = -1;
    for (int i = 0; i < c.length; i++) {
      int ch = c[i];
      if (ch == '"') {
        if (straight < 0) {
          straight = i;
        } else {
          delta[straight] = 1;
          delta[i] = -1;
          straight = -1;
        }
        continue;
      }
      int pair = pairOf(ch);
      if (pair > 0) {
        if (stacks == null) {
          stacks = new ArrayList<>();
          for (int k = 0; k < PAIRS; k++) {
            stacks.add(new ArrayDeque<>());
          }
        }
        stacks.get(pair - 1).push(i);
      } else if (pair < 0 && stacks != null && !stacks.get(-pair - 1).isEmpty()) {
        delta[stacks.get(-pair - 1).pop()] = 1;
        delta[i] = -1;
      }
    }
    return delta;
  }

  private static final int PAIRS = 9;

  /**
   * For an opening quote or bracket, its pair's number from 1; for a closing one, minus that; else
   * 0. A switch rather than a search of the marks: it is asked of every character.
   */
  private static int pairOf(int ch) {
    return switch (ch) {
      case '“' -> 1;
      case '”' -> -1;
      case '‘' -> 2;
      case '’' -> -2;
      case '「' -> 3;
      case '」' -> -3;
      case '『' -> 4;
      case '』' -> -4;
      case '(' -> 5;
      case ')' -> -5;
      case '【' -> 6;
      case '】' -> -6;
      case '《' -> 7;
      case '》' -> -7;
      case '﹁' -> 8;
      case '﹂' -> -8;
      case '﹃' -> 9;
      case '﹄' -> -9;
      default -> 0;
    };
  }

  private static void add(List<Span> out, int from, int[] c, int s, int e) {
    while (s < e && Chars.isIgnorable(c[s])) {
      s++;
    }
    while (e > s && Chars.isIgnorable(c[e - 1])) {
      e--;
    }
    if (s < e) {
      out.add(new Span(from + s, from + e));
    }
  }
}
