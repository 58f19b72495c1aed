package io.baoxun.text;

/**
 * The one table of characters that normalisation rewrites to another character. Grammar literals,
 * rule literals and lexicons are matched against the folded form, so write {@code (} and {@code %}
 * in a grammar, never {@code （} and {@code ％}.
 *
 * <p>Every fold maps one code point to one code point, so offsets into the original never shift.
 * Everything else normalisation does is deletion (see {@link NormalizedText}).
 *
 * <pre>
 * from                              to                      examples
 * --------------------------------  ----------------------  --------------------------------------
 * U+FF01..U+FF5E full-width ASCII    U+0021..U+007E ASCII    ０..９ → 0..9   Ａ→A  ａ→a
 *                                                            ，→,  （→(  ）→)  ：→:  ；→;  ！→!
 *                                                            ？→?  ％→%  ＋→+  －→-  ．→.  ～→~
 *                                                            ＂→"  ＇→'  ［→[  ］→]  ／→/
 * U+FF61 ｡  U+FF62 ｢  U+FF63 ｣      。  「  」               half-width CJK punctuation → usual form
 * U+FF64 ､                           、
 * U+FFE0..U+FFE6 ￠￡￢￣￤￥￦       ¢ £ ¬ ¯ ¦ ¥ ₩
 * spaces: TAB, U+0020, U+00A0,      U+0020 (when a space    a space survives only between two
 *   U+1680, U+2000..U+200A,           is kept at all)         Latin words / numbers (3 5, COVID 19)
 *   U+202F, U+205F, U+3000 (　)                               or two CJK words (记者 王培源)
 * line breaks: LF, VT, FF, CR,      U+000A (LF)             the CR of a CRLF pair is deleted
 *   NEL U+0085, U+2028, U+2029
 *
 * Deliberately NOT folded (no ASCII twin; write them as they are):
 *   。 、 “ ” ‘ ’ 《 》 〈 〉 【 】 「 」 『 』 — … · 〇 ℃ ‰
 * </pre>
 */
public final class Folding {
  private Folding() {}

  /** The folded form of a visible code point; identity for everything not in the table. */
  public static int fold(int cp) {
    if (cp < 0x80) {
      // ASCII is already folded except the whitespace that stands for a space or a break.
      return cp == '\t' ? ' ' : isLineBreak(cp) ? '\n' : cp;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      return cp - 0xFF01 + 0x21;
    }
    switch (cp) {
      case 0xFF61:
        return 0x3002; // ｡ → 。
      case 0xFF62:
        return 0x300C; // ｢ → 「
      case 0xFF63:
        return 0x300D; // ｣ → 」
      case 0xFF64:
        return 0x3001; // ､ → 、
      case 0xFFE0:
        return 0x00A2; // ￠ → ¢
      case 0xFFE1:
        return 0x00A3; // ￡ → £
      case 0xFFE2:
        return 0x00AC; // ￢ → ¬
      case 0xFFE3:
        return 0x00AF; // ￣ → ¯
      case 0xFFE4:
        return 0x00A6; // ￤ → ¦
      case 0xFFE5:
        return 0x00A5; // ￥ → ¥
      case 0xFFE6:
        return 0x20A9; // ￦ → ₩
      default:
        break;
    }
    if (isLineBreak(cp)) {
      return '\n';
    }
    if (isSpace(cp)) {
      return ' ';
    }
    return cp;
  }

  /**
   * Folds every code point of {@code s} by {@link #fold(int)} and nothing else: no space or line
   * handling. Useful for a loader that wants to accept literals written in either form.
   */
  public static String foldAll(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> b.appendCodePoint(fold(cp)));
    return b.toString();
  }

  /** Whether {@code cp} ends a line: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR. */
  public static boolean isLineBreak(int cp) {
    return (cp >= 0x0A && cp <= 0x0D) || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /** Whether {@code cp} is horizontal white space: TAB or any Unicode space separator (Zs). */
  public static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || (cp > 0x7F && Scripts.isSpaceSeparator(cp));
  }
}
