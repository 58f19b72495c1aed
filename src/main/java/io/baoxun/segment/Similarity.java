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
   * text on both sides of it, and boxed hash sets made that a fifth of segmenting a page. A set
   * only asked whether it holds a bigram (a lead, against a headline's few) is not sorted: an
   * open-addressing table of its longs answers that, for less than the sort costs.
   */
  static final class Bigrams {
    private long[] grams = new long[64];
    private int size;
    private boolean sorted = true;
    /** The grams as a hash table (0 is an empty slot: no bigram is 0); -1 in tableOf when stale. */
    private long[] table;
    private int tableOf = -1;

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
          tableOf = -1;
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
      if (sorted) {
        return java.util.Arrays.binarySearch(grams, 0, size, gram) >= 0;
      }
      if (tableOf != size) {
        fillTable();
      }
      int mask = table.length - 1;
      for (int i = slot(gram, mask); ; i = (i + 1) & mask) {
        long g = table[i];
        if (g == gram) {
          return true;
        }
        if (g == 0) {
          return false;
        }
      }
    }

    private void fillTable() {
      int capacity = Integer.highestOneBit(Math.max(size, 8) * 2) * 2; // at most half full
      table = new long[capacity];
      int mask = capacity - 1;
      for (int k = 0; k < size; k++) {
        long gram = grams[k];
        int i = slot(gram, mask);
        while (table[i] != 0 && table[i] != gram) {
          i = (i + 1) & mask;
        }
        table[i] = gram;
      }
      tableOf = size;
    }

    private static int slot(long gram, int mask) {
      return (int) ((gram * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** Each distinct bigram once, in no particular order. */
    void forEachDistinct(java.util.function.LongConsumer action) {
      if (sorted) {
        for (int k = 0; k < size; k++) {
          action.accept(grams[k]);
        }
        return;
      }
      if (tableOf != size) {
        fillTable();
      }
      for (long g : table) {
        if (g != 0) {
          action.accept(g);
        }
      }
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

  /** In how many sets each bigram stands (document frequency), by open addressing. */
  static final class Frequencies {
    private long[] keys = new long[256];
    private int[] counts = new int[256];
    private int size;

    void add(long gram) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = Bigrams.slot(gram, mask);
      while (keys[i] != 0 && keys[i] != gram) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        keys[i] = gram;
        size++;
      }
      counts[i]++;
    }

    /** How many sets hold {@code gram}; 0 for none. */
    int count(long gram) {
      int mask = keys.length - 1;
      for (int i = Bigrams.slot(gram, mask); ; i = (i + 1) & mask) {
        if (keys[i] == gram) {
          return counts[i];
        }
        if (keys[i] == 0) {
          return 0;
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCounts = counts;
      keys = new long[oldKeys.length * 2];
      counts = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != 0) {
          int i = Bigrams.slot(oldKeys[k], mask);
          while (keys[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[k];
          counts[i] = oldCounts[k];
        }
      }
    }
  }
}
