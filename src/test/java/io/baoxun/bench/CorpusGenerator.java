package io.baoxun.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus of any size: copies of the seed pages with their digits varied, so
 * that no two documents are alike and the values, dates and sums the pack reads are new each time
 * (a copy with the same digits would only measure warm caches).
 *
 * <p>A digit becomes another digit, a non-zero one stays non-zero, so a number keeps its shape
 * (3月20日 stays a date, 79.4万人次 a quantity). The same seed number gives the same corpus.
 *
 * <p>{@code scripts/gen-corpus.sh} runs it: {@code gen-corpus.sh OUT_DIR MEGABYTES [SEED]}.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4) {
      System.err.println("usage: CorpusGenerator SEEDS_DIR OUT_DIR MEGABYTES [SEED]");
      System.exit(2);
    }
    Path seeds = Path.of(args[0]);
    Path out = Path.of(args[1]);
    double megabytes = Double.parseDouble(args[2]);
    long seed = args.length == 4 ? Long.parseLong(args[3]) : 1L;
    Result r = generate(seeds, out, (long) (megabytes * 1024 * 1024), seed);
    System.err.printf("wrote %d documents, %.1f MB, to %s%n", r.documents(), r.bytes() / 1048576.0, out);
  }

  /** How much was written. */
  public record Result(int documents, long bytes) {}

  /** Writes documents to {@code out} (created if need be) until {@code bytes} are written. */
  public static Result generate(Path seeds, Path out, long bytes, long seed) throws IOException {
    List<String> pages = seedPages(seeds);
    if (pages.isEmpty()) {
      throw new IOException("no *.txt page in " + seeds);
    }
    Files.createDirectories(out);
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    int n = 0;
    while (written < bytes) {
      String page = vary(pages.get(n % pages.size()), random);
      byte[] b = page.getBytes(StandardCharsets.UTF_8);
      // Folders of a few thousand files each keep directory listings quick for a 1 GB corpus.
      Path dir = out.resolve(String.format("%04d", n / 2000));
      Files.createDirectories(dir);
      Files.write(dir.resolve(String.format("%07d.txt", n)), b);
      written += b.length;
      n++;
    }
    return new Result(n, written);
  }

  /** The seed pages, in name order. */
  public static List<String> seedPages(Path seeds) throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      List<Path> files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      java.util.ArrayList<String> out = new java.util.ArrayList<>();
      for (Path f : files) {
        out.add(Files.readString(f, StandardCharsets.UTF_8));
      }
      return out;
    }
  }

  /** The page with each ASCII or full-width digit replaced, zero by zero and non-zero by non-zero. */
  public static String vary(String page, SplittableRandom random) {
    StringBuilder b = new StringBuilder(page.length());
    for (int i = 0; i < page.length(); i++) {
      char c = page.charAt(i);
      if (c >= '1' && c <= '9') {
        b.append((char) ('1' + random.nextInt(9)));
      } else if (c >= '１' && c <= '９') {
        b.append((char) ('１' + random.nextInt(9)));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
