package io.baoxun.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out the lines of a headline group to the articles they belong to, when text extraction
 * has gathered the headlines of several articles into one block. Seed 004 prints seven short
 * reports one after another with no headline, then the seven headlines in a row (王助镇：…,
 * 皇甫办：…, …) before the next dateline. Each line goes to the headline-less article it shares the
 * most distinctive words with; a line goes elsewhere than its natural article only when it clearly
 * matches the other one better.
 *
 * <p>Words are character bigrams weighted by how few of the competing articles contain them
 * (疫情 and 防控 are everywhere and weigh little; 王助 and 皇甫 weigh 1).
 */
final class HeadlineClusters {
  /** Least weighted overlap for a line to go to an article other than its natural one. */
  static final double MIN_SCORE = 1.5;
  /** How much better than the natural article the other article must match. */
  static final double MIN_ADVANTAGE = 1.0;
  /** Characters of each article body considered. */
  private static final int BODY_CHARS = 1500;

  private HeadlineClusters() {}

  /**
   * @param lines the headline lines, in page order
   * @param articles the candidate articles' body texts; the last one is the natural owner of the
   *     group (the article the whole group would go to)
   * @return for each line, the index of the article it goes to (the last index when it stays)
   */
  static int[] assign(List<CompactText> lines, List<List<CompactText>> articles) {
    int m = articles.size();
    int owner = m - 1;
    List<Similarity.Bigrams> docs = new ArrayList<>();
    for (List<CompactText> body : articles) {
      Similarity.Bigrams grams = new Similarity.Bigrams();
      int budget = BODY_CHARS;
      for (CompactText t : body) {
        if (budget <= 0) {
          break;
        }
        int len = Math.min(budget, t.length());
        grams.add(t, 0, len);
        budget -= len;
      }
      docs.add(grams);
    }
    // In how many of the articles each of their bigrams stands.
    Similarity.Frequencies df = new Similarity.Frequencies();
    for (Similarity.Bigrams d : docs) {
      d.forEachDistinct(df::add);
    }
    int[] out = new int[lines.size()];
    java.util.Arrays.fill(out, owner);
    record Pair(int line, int article, double advantage) {}
    List<Pair> pairs = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      CompactText line = lines.get(l);
      Similarity.Bigrams head = new Similarity.Bigrams().add(line, 0, line.length());
      double ownScore = score(head, docs.get(owner), df);
      for (int a = 0; a < owner; a++) {
        double s = score(head, docs.get(a), df);
        if (s >= MIN_SCORE && s >= ownScore + MIN_ADVANTAGE) {
          pairs.add(new Pair(l, a, s - ownScore));
        }
      }
    }
    // greedy, best first: each line to one article, each article at most one line
    pairs.sort(
        (x, y) ->
            x.advantage() != y.advantage()
                ? Double.compare(y.advantage(), x.advantage())
                : x.line() != y.line()
                    ? Integer.compare(x.line(), y.line())
                    : Integer.compare(x.article(), y.article()));
    boolean[] lineTaken = new boolean[lines.size()];
    boolean[] articleTaken = new boolean[m];
    for (Pair p : pairs) {
      if (!lineTaken[p.line()] && !articleTaken[p.article()]) {
        lineTaken[p.line()] = true;
        articleTaken[p.article()] = true;
        out[p.line()] = p.article();
      }
    }
    return out;
  }

  private static double score(Similarity.Bigrams head, Similarity.Bigrams doc, Similarity.Frequencies df) {
    double s = 0;
    // In the head's sorted order, so the sum is the same from run to run.
    for (int i = 0; i < head.size(); i++) {
      long g = head.get(i);
      if (doc.contains(g)) {
        s += 1.0 / df.count(g);
      }
    }
    return s;
  }
}
