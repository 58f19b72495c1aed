package io.baoxun.segment;

import io.baoxun.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Restores the width of blank gaps from the original text. The normaliser turns any run of blank
 * lines into one {@code \n\n}, but a wide gap (two or more blank lines) between two finished
 * paragraphs is how some pages set a photo caption or a box apart from the report before it (seed
 * 002: three blank lines before 12月5日,冠县嘉华油脂… and its photographer's byline). The gap is
 * counted in the original between the two units, through the normaliser's offset map.
 */
final class OriginalGaps {
  private OriginalGaps() {}

  static List<Unit> restore(List<Unit> units, NormalizedText text) {
    List<Unit> out = new ArrayList<>(units.size());
    int[] original = null;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (i == 0 || u.gapBefore() < 2) {
        out.add(u);
        continue;
      }
      if (original == null) {
        original = text.original().codePoints().toArray();
      }
      int from = text.originalEndOffset(units.get(i - 1).end());
      int to = text.originalOffset(u.start());
      int breaks = countBreaks(original, from, to);
      out.add(breaks > u.gapBefore() ? u.withGapBefore(breaks) : u);
    }
    return out;
  }

  private static int countBreaks(int[] cps, int from, int to) {
    int n = 0;
    for (int k = from; k < to && k < cps.length; k++) {
      if (Chars.isLineBreak(cps[k])) {
        if (cps[k] == '\r' && k + 1 < to && cps[k + 1] == '\n') {
          k++;
        }
        n++;
      }
    }
    return n;
  }
}
