package io.baoxun.segment;

import java.util.HashSet;
import java.util.Set;

/**
 * Word overlap between a headline and an article, by character bigrams. A headline repeats the
 * names and key words of its article's lead (柳庆发…宗教场所 / 我市加强宗教场所…督导), so the article a
 * headline shares the most bigrams with is the one it belongs to. Bigrams skip punctuation, so
 * 区卫生局：筑牢 gives 区卫, 卫生, 生局, 局筑, 筑牢.
 */
final class Similarity {
  private Similarity() {}

  /** Bigrams of the word characters of {@code t[from, to)}, each as one long. */
  static Set<Long> bigrams(CompactText t, int from, int to) {
    Set<Long> out = new HashSet<>();
    int prev = -1;
    for (int i = from; i < to; i++) {
      int c = t.at(i);
      if (!Chars.isWordChar(c)) {
        prev = -1;
        continue;
      }
      if (prev >= 0) {
        out.add(((long) prev << 32) | c);
      }
      prev = c;
    }
    return out;
  }

  static Set<Long> bigrams(CompactText t) {
    return bigrams(t, 0, t.length());
  }

  /** Share of the headline's bigrams found in the text; 0 when the headline has none. */
  static double coverage(Set<Long> headline, Set<Long> text) {
    if (headline.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (Long b : headline) {
      if (text.contains(b)) {
        hit++;
      }
    }
    return (double) hit / headline.size();
  }
}
