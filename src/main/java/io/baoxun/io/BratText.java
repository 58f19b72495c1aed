package io.baoxun.io;

import static com.google.common.base.Preconditions.checkArgument;

import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document's text as a brat tool counts it, with its offsets mapped to baoxun's.
 *
 * <p>baoxun's offsets are code points of the decoded text, line breaks as they are, no BOM. brat's
 * server reads a {@code .txt} as UTF-8 with universal newlines ({@code \r\n} and a lone {@code \r}
 * are one {@code \n}), keeps a BOM as a character, and counts the characters of that string: code
 * points under Python 3 (and wide builds of Python 2). Java tools count UTF-16 units with line
 * breaks as they are: DKPro Core's brat reader and writer, on which INCEpTION's brat support
 * builds, take the offsets as Java string indexes. brat's own web client, in JavaScript, counts
 * UTF-16 units too, so annotations made in the browser after a character outside the BMP are off
 * by one per such character (nlplab/brat#1115). A {@link Counting} names one of these ways; {@link
 * #countings} lists them in the order a reader should try them.
 */
public final class BratText {
  /** How a tool counts the offsets of a text. */
  public record Counting(boolean utf16Units, boolean universalNewlines, boolean bom) {
    /** How brat's server counts a file baoxun wrote (UTF-8, no BOM). */
    public static final Counting BRAT = new Counting(false, true, false);

    @Override
    public String toString() {
      return (utf16Units ? "UTF-16 units" : "code points")
          + (universalNewlines ? ", CR LF as one" : ", CR LF as two")
          + (bom ? ", BOM counted" : "");
    }
  }

  private final Counting counting;
  /** The text as the tool holds it. */
  private final String seen;
  /** For each unit offset (and the end): baoxun's offset, or -1 inside a character. */
  private final int[] original;
  /** For each unit offset (and the end): the char index into {@link #seen}. */
  private final int[] charIndex;
  /** For each of baoxun's offsets (and the end): the unit offset. */
  private final int[] units;

  private BratText(Counting counting, String seen, int[] original, int[] charIndex, int[] units) {
    this.counting = counting;
    this.seen = seen;
    this.original = original;
    this.charIndex = charIndex;
    this.units = units;
  }

  /**
   * The ways a file may have been counted, most likely first: brat's server (code points, CR LF as
   * one, a BOM counted when the file has one), then as baoxun counts, then in UTF-16 units.
   */
  public static List<Counting> countings(boolean fileHasBom) {
    List<Counting> out = new ArrayList<>();
    for (boolean utf16 : new boolean[] {false, true}) {
      for (boolean universal : new boolean[] {true, false}) {
        if (fileHasBom) {
          out.add(new Counting(utf16, universal, true));
        }
        out.add(new Counting(utf16, universal, false));
      }
    }
    return out;
  }

  /** {@code original} (baoxun's decoded text) as a tool counting in {@code counting} sees it. */
  public static BratText of(String original, Counting counting) {
    int cps = original.codePointCount(0, original.length());
    StringBuilder seen = new StringBuilder(original.length() + 1);
    // At most two units per code point (a surrogate pair), plus a BOM and the end.
    int[] orig = new int[2 * cps + 2];
    int[] chars = new int[2 * cps + 2];
    int[] units = new int[cps + 1];
    int u = 0;
    if (counting.bom()) {
      orig[0] = 0;
      chars[0] = 0;
      seen.append('\uFEFF');
      u = 1;
    }
    int cp = 0;
    for (int i = 0; i < original.length(); ) {
      int c = original.codePointAt(i);
      int n = Character.charCount(c);
      orig[u] = cp;
      chars[u] = seen.length();
      units[cp] = u;
      if (counting.universalNewlines() && c == '\r') {
        seen.append('\n');
        if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
          units[cp + 1] = u; // between CR and LF: the tool has no such place
          cp++;
          i++;
        }
        u++;
      } else {
        seen.appendCodePoint(c);
        if (counting.utf16Units() && n == 2) {
          orig[u + 1] = -1; // between the two halves of a surrogate pair
          chars[u + 1] = -1;
          u++;
        }
        u++;
      }
      cp++;
      i += n;
    }
    orig[u] = cp;
    chars[u] = seen.length();
    units[cp] = u;
    return new BratText(
        counting, seen.toString(), java.util.Arrays.copyOf(orig, u + 1), java.util.Arrays.copyOf(chars, u + 1), units);
  }

  public Counting counting() {
    return counting;
  }

  /** The length in the tool's units. */
  public int length() {
    return original.length - 1;
  }

  /** The tool's offset of one of baoxun's offsets. */
  public int unitOffset(int codePointOffset) {
    checkArgument(codePointOffset >= 0 && codePointOffset < units.length, "offset %s outside the text", codePointOffset);
    return units[codePointOffset];
  }

  /** Whether a unit offset lies within the text and between two characters. */
  public boolean isBoundary(int unitOffset) {
    return unitOffset >= 0 && unitOffset < original.length && original[unitOffset] >= 0;
  }

  /** baoxun's span for the tool's {@code [start, end)}, when both are boundaries. */
  public Optional<Span> toOriginal(int start, int end) {
    if (start > end || !isBoundary(start) || !isBoundary(end)) {
      return Optional.empty();
    }
    return Optional.of(new Span(original[start], original[end]));
  }

  /** The text the tool sees between two boundaries (a CR LF read as one LF shows as LF). */
  public String slice(int start, int end) {
    checkArgument(isBoundary(start) && isBoundary(end) && start <= end, "not a span of boundaries: %s-%s", start, end);
    return seen.substring(charIndex[start], charIndex[end]);
  }
}
