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

  /**
   * A set of bigrams as a sorted array: the layout vote compares every headline group with the
   * text on both sides of it, and boxed hash sets made that a fifth of segmenting a page.
   */
  static final class Bigrams {
    private long[] grams = new long[64];
    private int size;
    private boolean sorted = true;

    /** Adds the bigrams of the word characters of {@code t[from, to)}. */
    Bigrams add(CompactText t, int from, int to) {
      int prev = -1;
      for (int i = from; i < to; i++) {
        int c = t.at(i);
        if (!Chars.isWordChar(c)) {
          prev = -1;
          continue;
        }
        if (prev >= 0) {
          if (size == grams.length) {
            grams = java.util.Arrays.copyOf(grams, size * 2);
          }
          grams[size++] = ((long) prev << 32) | c;
          sorted = false;
        }
        prev = c;
      }
      return this;
    }

    private void settle() {
      if (sorted) {
        return;
      }
      java.util.Arrays.sort(grams, 0, size);
      int distinct = 0;
      for (int i = 0; i < size; i++) {
        if (distinct == 0 || grams[i] != grams[distinct - 1]) {
          grams[distinct++] = grams[i];
        }
      }
      size = distinct;
      sorted = true;
    }

    boolean contains(long gram) {
      settle();
      return java.util.Arrays.binarySearch(grams, 0, size, gram) >= 0;
    }

    /** Share of these bigrams found in {@code text} (a headline's in a lead); 0 when there are none. */
    double coverageIn(Bigrams text) {
      settle();
      if (size == 0) {
        return 0;
      }
      int hit = 0;
      for (int i = 0; i < size; i++) {
        if (text.contains(grams[i])) {
          hit++;
        }
      }
      return (double) hit / size;
    }
  }
}
