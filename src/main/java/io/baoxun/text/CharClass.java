package io.baoxun.text;

/**
 * The character classes the normaliser decides by. All predicates except {@link #kind} take a
 * <em>folded</em> code point (see {@link Folding}), so the rules hold the same on the normalised
 * text as on the original, which is what makes normalisation idempotent.
 */
final class CharClass {
  private CharClass() {}

  /** A visible character: kept (possibly folded). */
  static final int KEEP = 0;

  /** Horizontal white space: deleted, or kept as one space between two words. */
  static final int SPACE = 1;

  /** A line break: deleted when the line is joined, else kept as LF. */
  static final int BREAK = 2;

  /** Always deleted: U+FFFD, controls, format characters (zero-width, BOM), lone surrogates. */
  static final int DROP = 3;

  /** The class of an original (unfolded) code point. */
  static int kind(int cp) {
    // The two ranges that make up nearly all of a Chinese news page, decided without a table look-up.
    if ((cp > 0x20 && cp < 0x7F) || (cp >= 0x4E00 && cp <= 0x9FFF)) {
      return KEEP;
    }
    if (Folding.isLineBreak(cp)) {
      return BREAK;
    }
    if (Folding.isSpace(cp)) {
      return SPACE;
    }
    if (cp == 0xFFFD) {
      return DROP;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
        return DROP;
      default:
        return KEEP;
    }
  }

  static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  static boolean isHan(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0x2E80 && Scripts.isHan(cp));
  }

  /** Letters and digits of any script, CJK ideographs included, and 〇 and Roman numerals. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= '0' && cp <= '9') || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
    }
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
  }

  /**
   * Characters of scripts that separate words with spaces: ASCII letters and digits, Latin, Greek
   * and Cyrillic letters. A space between two of these is kept so that {@code 3 5} never becomes
   * {@code 35}.
   */
  static boolean isSpacedWordChar(int cp) {
    if (cp < 0x80) {
      return isWordChar(cp);
    }
    if (!Character.isLetter(cp)) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.LATIN
        || s == Character.UnicodeScript.GREEK
        || s == Character.UnicodeScript.CYRILLIC;
  }

  /** Ends a sentence: {@code 。!?;…} (after folding ！？；). The half-width period is decided apart. */
  static boolean isSentenceFinal(int cp) {
    switch (cp) {
      case 0x3002: // 。
      case '!':
      case '?':
      case ';':
      case 0x2026: // …
      case 0x22EF: // ⋯
      case 0x203C: // ‼
      case 0x2047: // ⁇
      case 0x2048: // ⁈
      case 0x2049: // ⁉
        return true;
      default:
        return false;
    }
  }

  static boolean isOpener(int cp) {
    switch (cp) {
      case '(':
      case '[':
      case '{':
      case 0x201C: // “
      case 0x2018: // ‘
      case 0x300C: // 「
      case 0x300E: // 『
      case 0x300A: // 《
      case 0x3008: // 〈
      case 0x3010: // 【
      case 0x3014: // 〔
      case 0x3016: // 〖
      case 0x00AB: // «
        return true;
      default:
        return false;
    }
  }

  static boolean isCloser(int cp) {
    switch (cp) {
      case ')':
      case ']':
      case '}':
      case '"':
      case '\'':
      case 0x201D: // ”
      case 0x2019: // ’
      case 0x300D: // 」
      case 0x300F: // 』
      case 0x300B: // 》
      case 0x3009: // 〉
      case 0x3011: // 】
      case 0x3015: // 〕
      case 0x3017: // 〗
      case 0x00BB: // »
        return true;
      default:
        return false;
    }
  }

  /** Symbols that only ever follow a number: a line break before one is always a hard wrap. */
  static boolean isUnitSymbol(int cp) {
    return cp == '%' || cp == 0x2030 /* ‰ */ || cp == 0x2103 /* ℃ */ || cp == 0x00B0 /* ° */;
  }

  /**
   * Characters that start a unit or multiplier after a number. A blank line between a digit and one
   * of these is a column break inside {@code 518.3万人次}, not a paragraph break. Kept small on
   * purpose: each entry is a character that rarely starts a paragraph.
   */
  static boolean isUnitStart(int cp) {
    if (isUnitSymbol(cp)) {
      return true;
    }
    switch (cp) {
      case '万':
      case '亿':
      case '千':
      case '百':
      case '人':
      case '例':
      case '个':
      case '名':
      case '家':
      case '元':
      case '次':
      case '天':
      case '日':
      case '月':
      case '年':
      case '时':
      case '分':
      case '秒':
      case '岁':
      case '户':
      case '处':
      case '条':
      case '项':
      case '位':
      case '所':
      case '辆':
      case '件':
      case '吨':
      case '倍':
      case '余':
      case '多':
        return true;
      default:
        return false;
    }
  }
}
