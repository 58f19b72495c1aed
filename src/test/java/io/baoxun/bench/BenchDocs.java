package io.baoxun.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/** Documents for the stage benchmarks: seed pages with their digits varied, several to a document. */
final class BenchDocs {
  private BenchDocs() {}

  /**
   * One document of {@code pages} seed pages (cycling through the five), each with its own digits,
   * separated by blank lines as pages of one print edition would be.
   */
  static String document(int pages) throws IOException {
    List<String> seeds = CorpusGenerator.seedPages(Path.of("seeds"));
    SplittableRandom random = new SplittableRandom(pages);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pages; i++) {
      if (i > 0) {
        b.append("\n\n\n");
      }
      b.append(CorpusGenerator.vary(seeds.get(i % seeds.size()), random));
    }
    return b.toString();
  }
}
