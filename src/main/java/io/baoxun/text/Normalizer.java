package io.baoxun.text;

import static io.baoxun.text.CharClass.isAsciiDigit;
import static io.baoxun.text.CharClass.isCloser;
import static io.baoxun.text.CharClass.isHan;
import static io.baoxun.text.CharClass.isOpener;
import static io.baoxun.text.CharClass.isSentenceFinal;
import static io.baoxun.text.CharClass.isSpacedWordChar;
import static io.baoxun.text.CharClass.isUnitStart;
import static io.baoxun.text.CharClass.isUnitSymbol;
import static io.baoxun.text.CharClass.isWordChar;

import java.util.Arrays;

/**
 * One pass over the original that builds the normalised text and its offset map; the rules are
 * described on {@link NormalizedText}. Short-lived: one instance per call of {@link #run}.
 *
 * <p>The original is read as visible characters separated by <em>gaps</em> (runs of spaces, line
 * breaks and dropped characters). A gap is decided only when the visible character after it is
 * reached, from the last characters already written and that next character. Because every
 * decision looks at the output, never at what was deleted, running the normaliser on its own output
 * reproduces each decision: normalisation is idempotent.
 */
final class Normalizer {
  private final String in;
  /** The normalised text's chars; never more than the original's. */
  private final char[] out;
  private int outLength;
  private final int[] map;
  private int size;

  // The end of the output so far: what gap decisions look at.
  private int last = -1;
  private int beforeLast = -1;
  /** The output character just before the trailing run of closing brackets and quotes. */
  private int beforeCloserRun = -1;
  /** How many Han characters end the output. */
  private int hanRun;

  // The pending gap, as original code point offsets.
  private int breaks;
  private int firstBreak;
  private int secondBreak;
  private int firstSpace = -1;

  private Normalizer(String in) {
    this.in = in;
    this.out = new char[in.length()];
    // Never more normalised code points than original chars.
    this.map = new int[in.length()];
  }

  static NormalizedText run(String original) {
    Normalizer n = new Normalizer(original);
    n.scan();
    return new NormalizedText(original, new String(n.out, 0, n.outLength), Arrays.copyOf(n.map, n.size));
  }

  private void scan() {
    char[] chars = in.toCharArray(); // array reads: each charAt is three calls under C1
    int n = chars.length;
    for (int i = 0, cpIndex = 0; i < n; cpIndex++) {
      int cp = chars[i];
      if (cp >= 0x4E00 && cp <= 0x9FFF && breaks == 0 && firstSpace < 0) {
        // Most of a page: a CJK ideograph (kept, folds to itself, no closer) with no gap before
        // it. Written as keep() and emit() write it, without their calls.
        out[outLength++] = (char) cp;
        map[size++] = cpIndex;
        hanRun = isHan(cp) ? hanRun + 1 : 0;
        beforeLast = last;
        last = cp;
        i++;
        continue;
      }
      int next = i + 1;
      if (Character.isHighSurrogate((char) cp) && next < n && Character.isLowSurrogate(chars[next])) {
        cp = Character.toCodePoint((char) cp, chars[next++]);
      }
      switch (CharClass.kind(cp)) {
        case CharClass.KEEP:
          keep(Folding.fold(cp), cpIndex, next);
          break;
        case CharClass.SPACE:
          if (firstSpace < 0) {
            firstSpace = cpIndex;
          }
          break;
        case CharClass.BREAK:
          if (!isCrOfCrlf(cp, next)) {
            if (breaks == 0) {
              firstBreak = cpIndex;
            } else if (breaks == 1) {
              secondBreak = cpIndex;
            }
            breaks++;
          }
          break;
        default: // DROP
          break;
      }
      i = next;
    }
    // A gap after the last character is deleted.
  }

  private void keep(int folded, int originalOffset, int afterIt) {
    if (size > 0) {
      closeGap(folded, afterIt); // a gap before the first character is deleted
    }
    emit(folded, originalOffset);
    breaks = 0;
    firstSpace = -1;
  }

  /** A CRLF is one break: its CR is deleted and its LF stands for the pair. */
  private boolean isCrOfCrlf(int cp, int next) {
    return cp == '\r' && next < in.length() && in.charAt(next) == '\n';
  }

  /** Writes what the pending gap leaves before the visible (folded) character {@code r}. */
  private void closeGap(int r, int afterR) {
    if (breaks == 0) {
      if (firstSpace >= 0 && keepsSpace(r, afterR)) {
        emit(' ', firstSpace);
      }
    } else if (breaks == 1) {
      if (!joinsLine(r)) {
        emit('\n', firstBreak);
      }
    } else if (!numberContinues(r)) {
      // A blank line, however many breaks, becomes exactly one paragraph break.
      emit('\n', firstBreak);
      emit('\n', secondBreak);
    }
  }

  /**
   * A run of spaces stays (as one space) between two Latin words or numbers ({@code COVID 19},
   * {@code 3 5}) and between two CJK words of two or more characters each ({@code 记者 王培源},
   * {@code 李平 郑直}): there it is the only boundary between names. Between single CJK characters
   * it is letter-spacing or justification ({@code “ 人 物 同 防 ”}) and goes, as it goes next to
   * digits, units and punctuation ({@code 3 月 18 日}).
   */
  private boolean keepsSpace(int r, int afterR) {
    if (isSpacedWordChar(last) && isSpacedWordChar(r)) {
      return true;
    }
    return hanRun >= 2 && isHan(r) && hanFollows(afterR);
  }

  /**
   * Whether the Han character just read is directly followed by another one in the output: next to
   * it in the original, or across dropped characters or a single (always joined) line break. May
   * say no where the output later turns out longer; that only drops a space, which keeps the
   * decision idempotent. Reads at most the next gap, so the whole pass stays linear.
   */
  private boolean hanFollows(int from) {
    int n = in.length();
    int lineBreaks = 0;
    boolean spaces = false;
    for (int i = from; i < n; ) {
      int cp = in.codePointAt(i);
      int next = i + Character.charCount(cp);
      switch (CharClass.kind(cp)) {
        case CharClass.KEEP:
          // A space-only gap is decided on its own; a blank line is never joined between Han.
          boolean adjacent = lineBreaks == 1 || (lineBreaks == 0 && !spaces);
          return adjacent && isHan(Folding.fold(cp));
        case CharClass.BREAK:
          if (!isCrOfCrlf(cp, next)) {
            lineBreaks++;
          }
          break;
        case CharClass.SPACE:
          spaces = true;
          break;
        default:
          break;
      }
      i = next;
    }
    return false;
  }

  /**
   * A single line break is a hard wrap, and goes, unless the line ends a sentence or the next line
   * starts with something that cannot continue one.
   */
  private boolean joinsLine(int r) {
    if (endsSentence(r)) {
      return false;
    }
    return isWordChar(r) || isOpener(r) || isUnitSymbol(r) || numberContinues(r);
  }

  private boolean endsSentence(int r) {
    if (last == '.') {
      return !isDecimalPoint(r);
    }
    if (isSentenceFinal(last)) {
      return true;
    }
    if (isCloser(last)) {
      // 。” ends a sentence; “双暂停” does not.
      return beforeCloserRun == '.' || isSentenceFinal(beforeCloserRun);
    }
    return false;
  }

  /** The output ends in a digit or decimal point and {@code r} carries the number on. */
  private boolean numberContinues(int r) {
    if (isAsciiDigit(last)) {
      return isAsciiDigit(r) || isUnitStart(r) || r == '.';
    }
    return isDecimalPoint(r);
  }

  private boolean isDecimalPoint(int r) {
    return last == '.' && isAsciiDigit(beforeLast) && (isAsciiDigit(r) || isUnitStart(r));
  }

  private void emit(int cp, int originalOffset) {
    // A char array, not a StringBuilder: appendCodePoint was a tenth of the pass.
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      out[outLength++] = (char) cp;
    } else {
      out[outLength++] = Character.highSurrogate(cp);
      out[outLength++] = Character.lowSurrogate(cp);
    }
    map[size++] = originalOffset;
    if (isCloser(cp) && !isCloser(last)) {
      beforeCloserRun = last;
    }
    hanRun = isHan(cp) ? hanRun + 1 : 0;
    beforeLast = last;
    last = cp;
  }
}
