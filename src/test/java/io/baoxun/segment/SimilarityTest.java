package io.baoxun.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bigram sets' answers, sorted or hashed, against a plain set of the same bigrams. */
class SimilarityTest {
  private static final String CHARS = "全市核酸检测完成人次，。区卫生局筑牢";

  private static long gram(int a, int b) {
    return ((long) a << 32) | b;
  }

  @Test
  void containsAgreesWithASetThroughAddsSortsAndMoreAdds() {
    Random random = new Random(5);
    for (int round = 0; round < 300; round++) {
      Similarity.Bigrams grams = new Similarity.Bigrams();
      Set<Long> want = new HashSet<>();
      // Three batches; between them the set is asked (hash table) or sorted (size, get), so a
      // table made for an earlier batch must not answer for a later one.
      for (int batch = 0; batch < 3; batch++) {
        String text = randomText(random, random.nextInt(40));
        CompactText t = CompactText.of(text);
        grams.add(t, 0, t.length());
        int prev = -1;
        for (int c : text.codePoints().toArray()) {
          if (!Chars.isWordChar(c)) {
            prev = -1;
            continue;
          }
          if (prev >= 0) {
            want.add(gram(prev, c));
          }
          prev = c;
        }
        if (random.nextBoolean()) {
          assertThat(grams.size()).isEqualTo(want.size());
        }
        int[] cps = CHARS.codePoints().toArray();
        for (int a : cps) {
          for (int b : cps) {
            assertThat(grams.contains(gram(a, b)))
                .as("%c%c after batch %s of «%s»", a, b, batch, text)
                .isEqualTo(want.contains(gram(a, b)));
          }
        }
      }
    }
  }

  @Test
  void aSetSortedBetweenTwoAddsAnswersForTheSecond() {
    Similarity.Bigrams grams = new Similarity.Bigrams();
    CompactText repeated = CompactText.of("全市全市全市"); // 5 bigrams, 2 distinct
    grams.add(repeated, 0, repeated.length());
    assertThat(grams.contains(gram('全', '市'))).isTrue();
    assertThat(grams.size()).isEqualTo(2);
    CompactText more = CompactText.of("核酸检测"); // 3 more: 5 again, as many as when first asked
    grams.add(more, 0, more.length());
    assertThat(grams.contains(gram('核', '酸'))).isTrue();
    assertThat(grams.contains(gram('检', '测'))).isTrue();
    assertThat(grams.contains(gram('市', '核'))).isFalse();
  }

  @Test
  void frequenciesCountTheSetsThatHoldEachBigram() {
    Similarity.Frequencies df = new Similarity.Frequencies();
    String[] docs = {"全市核酸检测", "核酸检测完成", "区卫生局筑牢全市"};
    for (String d : docs) {
      CompactText t = CompactText.of(d + d); // repeated within a set, counted once
      Similarity.Bigrams grams = new Similarity.Bigrams();
      grams.add(t, 0, t.length());
      grams.forEachDistinct(df::add);
    }
    assertThat(df.count(gram('核', '酸'))).isEqualTo(2);
    assertThat(df.count(gram('全', '市'))).isEqualTo(2);
    assertThat(df.count(gram('筑', '牢'))).isEqualTo(1);
    assertThat(df.count(gram('完', '全'))).isZero();
  }

  private static String randomText(Random random, int length) {
    int[] cps = CHARS.codePoints().toArray();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.appendCodePoint(cps[random.nextInt(cps.length)]);
    }
    return b.toString();
  }
}
