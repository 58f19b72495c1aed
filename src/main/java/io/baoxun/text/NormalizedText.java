package io.baoxun.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkPositionIndex;

import java.util.Arrays;

/**
 * The text a pack matches against, with an exact map back to the original. Normalisation is for
 * matching, never for output: facts report original offsets and original text.
 *
 * <p>What {@link #of} does to the original, in one linear pass:
 *
 * <ul>
 *   <li><b>Folds</b> full-width forms and the like to one form, one code point to one code point;
 *       the table is on {@link Folding}.
 *   <li><b>Deletes</b> U+FFFD, control characters other than line breaks, format characters (zero
 *       width space and joiners, U+FEFF) and lone surrogates.
 *   <li><b>Line breaks</b> (CRLF, CR, LF, and the rare VT, FF, NEL, U+2028/9): a single break, with
 *       any spaces around it, is a hard wrap and is deleted when the line does not end a sentence
 *       and the next starts with a word character, an opening bracket or quote, or a unit symbol
 *       ({@code 李\n平} → {@code 李平}). A line ends a sentence with {@code 。!?;…}, a period that is
 *       no decimal point, or closing quotes/brackets right after one of those ({@code 。”}). Kept
 *       breaks become one LF. Two or more breaks are a paragraph break and become exactly
 *       {@code \n\n}, except inside a number ({@code 518.3\n\n万人次} → {@code 518.3万人次}): a digit
 *       or decimal point before, a digit, decimal point or unit character after.
 *   <li><b>Spaces</b> (TAB, U+3000, NBSP, all Zs) are deleted, except that a run of them between
 *       two Latin words or numbers ({@code 3 5}, {@code COVID 19}), or between two CJK words of at
 *       least two characters each ({@code 记者 王培源}, {@code 李平 郑直}), becomes one space. So
 *       {@code 3 月 18 日} → {@code 3月18日} and {@code “ 人 物 同 防 ”} → {@code “人物同防”}.
 *   <li>White space at the start and end of the text is deleted.
 * </ul>
 *
 * <p>Every normalised code point comes from exactly one original code point, so the map from
 * normalised to original offsets is strictly increasing. All offsets are code points; the
 * {@code charIndex} methods convert to UTF-16 indexes for {@link String} methods. Immutable and
 * thread-safe.
 */
public final class NormalizedText {
  private final String original;
  private final String text;

  /** {@code map[i]} is the original code point offset of normalised code point {@code i}. */
  private final int[] map;

  private final CodePointIndex originalIndex;
  private final CodePointIndex textIndex;

  NormalizedText(String original, String text, int[] map) {
    this(original, CodePointIndex.of(original), text, map);
  }

  private NormalizedText(String original, CodePointIndex originalIndex, String text, int[] map) {
    this.original = original;
    this.text = text;
    this.map = map;
    this.originalIndex = originalIndex;
    this.textIndex = CodePointIndex.of(text);
  }

  /** Normalises {@code original}, typically a whole decoded document. */
  public static NormalizedText of(String original) {
    checkNotNull(original, "original");
    return Normalizer.run(original);
  }

  /**
   * Parts of this text to match on their own, as one text: the normalised text under each span,
   * in order, joined by paragraph breaks ({@code \n\n}), with the same original. Offsets it maps
   * to are offsets of the whole original, so what is found in an excerpt needs no shifting.
   *
   * <p>Lets a large document be matched a window at a time. The spans must be in order and apart
   * by at least two characters: a joining break stands for the two characters after the part
   * before it (for neighbouring paragraphs, their own paragraph break), so the map stays strictly
   * increasing. The excerpt of an excerpt is not supported.
   *
   * @return the excerpt; part {@code k} starts at the sum of the lengths of the parts before it
   *     plus two per join
   */
  public NormalizedText excerpt(java.util.List<Span> parts) {
    checkArgument(!parts.isEmpty(), "no parts");
    StringBuilder b = new StringBuilder();
    int size = 0;
    for (Span p : parts) {
      size += p.length() + 2;
    }
    int[] m = new int[size - 2];
    int n = 0;
    int previousEnd = -2;
    for (Span p : parts) {
      checkSpan(p);
      checkArgument(!p.isEmpty(), "empty part %s", p);
      checkArgument(p.start() >= previousEnd + 2, "parts %s not in order and apart", parts);
      if (n > 0) {
        b.append("\n\n");
        m[n++] = map[previousEnd];
        m[n++] = map[previousEnd + 1];
      }
      b.append(text, charIndex(p.start()), charIndex(p.end()));
      System.arraycopy(map, p.start(), m, n, p.length());
      n += p.length();
      previousEnd = p.end();
    }
    return new NormalizedText(original, originalIndex, b.toString(), m);
  }

  /** The decoded input, untouched. */
  public String original() {
    return original;
  }

  /** The text for matching. */
  public String text() {
    return text;
  }

  /** Length of {@link #text()} in code points. */
  public int length() {
    return map.length;
  }

  /** Length of {@link #original()} in code points. */
  public int originalLength() {
    return originalIndex.length();
  }

  /**
   * Maps a span of the normalised text to the span of the original it was made from: {@code [s, e)}
   * becomes {@code [map(s), map(e-1)+1)}, so characters deleted inside the span (a joined line
   * break) are part of it and those deleted around it are not. An empty span maps to the empty span
   * at {@link #originalOffset} of its start.
   */
  public Span toOriginal(Span normalized) {
    checkSpan(normalized);
    int start = originalOffset(normalized.start());
    if (normalized.isEmpty()) {
      return new Span(start, start);
    }
    return new Span(start, map[normalized.end() - 1] + 1);
  }

  /**
   * The original offset of normalised offset {@code i} in {@code [0, length()]}: where the
   * character at {@code i} came from, or the original length for {@code i == length()}. Right for
   * a start; for an exclusive end use {@link #originalEndOffset}.
   */
  public int originalOffset(int normalizedOffset) {
    checkPositionIndex(normalizedOffset, map.length, "normalized offset");
    return normalizedOffset < map.length ? map[normalizedOffset] : originalLength();
  }

  /**
   * The original offset of an exclusive end {@code e} in {@code [0, length()]}: just after the
   * character at {@code e - 1}, or {@link #originalOffset originalOffset(0)} for {@code e == 0}.
   */
  public int originalEndOffset(int normalizedEnd) {
    checkPositionIndex(normalizedEnd, map.length, "normalized end");
    return normalizedEnd == 0 ? originalOffset(0) : map[normalizedEnd - 1] + 1;
  }

  /**
   * The normalised offset of an original offset in {@code [0, originalLength()]}: the first
   * normalised character that comes from there or later.
   */
  public int normalizedOffset(int originalOffset) {
    checkPositionIndex(originalOffset, originalLength(), "original offset");
    int i = Arrays.binarySearch(map, originalOffset);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * The normalised span made from characters of an original span: the inverse of
   * {@link #toOriginal} for non-empty spans. Empty when everything in it was deleted.
   */
  public Span fromOriginal(Span original) {
    checkArgument(
        original.end() <= originalLength(),
        "span %s outside the original of length %s",
        original,
        originalLength());
    return new Span(normalizedOffset(original.start()), normalizedOffset(original.end()));
  }

  /**
   * The original characters deleted just before normalised offset {@code i} in {@code [0,
   * length()]}, between the characters at {@code i - 1} and {@code i}: spaces, a joined line break,
   * U+FFFD. For {@code i == length()}, what was deleted at the end. Lets a caller see a boundary
   * that matching text no longer shows, such as the joined break in {@code 防线\n本报讯}.
   */
  public Span deletedBefore(int normalizedOffset) {
    checkPositionIndex(normalizedOffset, map.length, "normalized offset");
    int from = normalizedOffset == 0 ? 0 : map[normalizedOffset - 1] + 1;
    return new Span(from, originalOffset(normalizedOffset));
  }

  /** The original text under a span of the normalised text, line breaks and all. */
  public String originalText(Span normalized) {
    return originalSlice(toOriginal(normalized));
  }

  /** The original text under a span of the <em>original</em>. */
  public String originalSlice(Span original) {
    checkArgument(
        original.end() <= originalLength(),
        "span %s outside the original of length %s",
        original,
        originalLength());
    return this.original.substring(
        originalIndex.charIndex(original.start()), originalIndex.charIndex(original.end()));
  }

  /** The normalised text under a span of the normalised text. */
  public String slice(Span normalized) {
    checkSpan(normalized);
    return text.substring(charIndex(normalized.start()), charIndex(normalized.end()));
  }

  /** The code point at normalised offset {@code i}. */
  public int codePointAt(int normalizedOffset) {
    checkElementIndex(normalizedOffset, map.length, "normalized offset");
    return text.codePointAt(charIndex(normalizedOffset));
  }

  /** UTF-16 index in {@link #text()} of a code point offset. */
  public int charIndex(int codePointOffset) {
    return textIndex.charIndex(codePointOffset);
  }

  /** Code point offset in {@link #text()} of a UTF-16 index (which must not split a pair). */
  public int codePointOffset(int charIndex) {
    return textIndex.codePointOffset(charIndex);
  }

  /** UTF-16 index in {@link #original()} of an original code point offset. */
  public int originalCharIndex(int originalOffset) {
    return originalIndex.charIndex(originalOffset);
  }

  /** Code point offset in {@link #original()} of a UTF-16 index (which must not split a pair). */
  public int originalCodePointOffset(int charIndex) {
    return originalIndex.codePointOffset(charIndex);
  }

  private void checkSpan(Span normalized) {
    checkArgument(
        normalized.end() <= map.length,
        "span %s outside the normalised text of length %s",
        normalized,
        map.length);
  }

  @Override
  public String toString() {
    return "NormalizedText[" + map.length + " of " + originalLength() + " code points]";
  }
}
