package io.baoxun.segment;

/**
 * Word overlap between a headline and an article, by character bigrams. A headline repeats the
 * names and key words of its article's lead (柳庆发…宗教场所 / 我市加强宗教场所…督导), so the article a
 * headline shares the most bigrams with is the one it belongs to. Bigrams skip punctuation, so
 * 区卫生局：筑牢 gives 区卫, 卫生, 生局, 局筑, 筑牢.
 */
final class Similarity {
  private Similarity() {}

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

    /** Adds the bigrams of another set. */
    Bigrams addAll(Bigrams other) {
      other.settle();
      if (other.size == 0) {
        return this;
      }
      if (size + other.size > grams.length) {
        grams = java.util.Arrays.copyOf(grams, Math.max(grams.length * 2, size + other.size));
      }
      System.arraycopy(other.grams, 0, grams, size, other.size);
      size += other.size;
      sorted = false;
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
      return indexOf(gram) >= 0;
    }

    /** Where a bigram stands among these in ascending order, or a negative number when absent. */
    int indexOf(long gram) {
      settle();
      return java.util.Arrays.binarySearch(grams, 0, size, gram);
    }

    /** How many distinct bigrams there are. */
    int size() {
      settle();
      return size;
    }

    /** The {@code i}-th of the distinct bigrams in ascending order. */
    long get(int i) {
      settle();
      return grams[i];
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
