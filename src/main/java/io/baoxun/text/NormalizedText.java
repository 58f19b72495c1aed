package io.baoxun.text;

/**
 * The text a pack matches against, with a map back to the original.
 *
 * <p>PLACEHOLDER (identity): the text-layer work replaces this with the real normaliser; the public
 * methods below are the contract the rest of the code relies on. All offsets are code points.
 */
public final class NormalizedText {
  private final String original;

  private NormalizedText(String original) {
    this.original = original;
  }

  public static NormalizedText of(String original) {
    return new NormalizedText(original);
  }

  /** The decoded input, untouched. */
  public String original() {
    return original;
  }

  /** The text for matching. */
  public String text() {
    return original;
  }

  /** Length of {@link #text()} in code points. */
  public int length() {
    return original.codePointCount(0, original.length());
  }

  /** Maps a span of the normalised text to the span of the original it was made from. */
  public Span toOriginal(Span normalized) {
    return normalized;
  }

  /** The original text under a span of the normalised text. */
  public String originalText(Span normalized) {
    Span o = toOriginal(normalized);
    return original.substring(
        original.offsetByCodePoints(0, o.start()), original.offsetByCodePoints(0, o.end()));
  }

  /** The normalised text under a span of the normalised text. */
  public String slice(Span normalized) {
    return text().substring(charIndex(normalized.start()), charIndex(normalized.end()));
  }

  /** UTF-16 index in {@link #text()} of a code point offset. */
  public int charIndex(int codePointOffset) {
    return text().offsetByCodePoints(0, codePointOffset);
  }

  /** Code point offset in {@link #text()} of a UTF-16 index. */
  public int codePointOffset(int charIndex) {
    return text().codePointCount(0, charIndex);
  }
}
