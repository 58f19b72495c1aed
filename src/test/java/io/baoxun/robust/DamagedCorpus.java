package io.baoxun.robust;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A folder of damaged copies of the seeds and of the extreme files hostile input holds, made the
 * same way from the same random seed every time. Never committed: made where a test wants it.
 */
final class DamagedCorpus {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private DamagedCorpus() {}

  /**
   * Writes {@code copies} damaged copies of each seed and the extreme files into {@code dir};
   * returns the paths written.
   */
  static List<Path> write(Path dir, int copies, long seed) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<Path> out = new ArrayList<>();
    List<String> seeds = Mutations.seeds();
    for (int s = 0; s < seeds.size(); s++) {
      String page = seeds.get(s);
      for (int c = 0; c < copies; c++) {
        byte[] bytes = damage(page, c, random);
        out.add(write(dir.resolve(String.format("seed%d/copy%03d.txt", s, c)), bytes));
      }
    }
    Path extreme = dir.resolve("extreme");
    String all = String.join("", seeds);
    out.add(write(extreme.resolve("parens-50000.txt"), utf8("本报讯 3月18日，" + "（".repeat(50_000) + "新增确诊病例5例"
        + "）".repeat(50_000) + "。\n\n" + "(".repeat(50_000) + "1" + ")".repeat(50_000))));
    out.add(write(extreme.resolve("digits-2mb.txt"), utf8("截至3月20日，全市完成核酸检测" + "7".repeat(2 * 1024 * 1024) + "人次。")));
    StringBuilder line = new StringBuilder();
    String flat = all.replaceAll("[\\r\\n]+", " ");
    while (line.length() * 3 < 6 * 1024 * 1024) {
      line.append(flat);
    }
    out.add(write(extreme.resolve("line-6mb.txt"), utf8(line.toString())));
    out.add(write(extreme.resolve("empty.txt"), new byte[0]));
    out.add(write(extreme.resolve("whitespace.txt"), utf8(" \t\u3000\r\n\n\u00A0 \n")));
    out.add(write(extreme.resolve("bom-only.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    out.add(write(extreme.resolve("nul-bytes.txt"), withNuls(seeds.get(0), random)));
    byte[] binary = new byte[100_000];
    random.nextBytes(binary);
    out.add(write(extreme.resolve("binary.txt"), binary));
    out.add(write(extreme.resolve("one-han-2mb.txt"), utf8("疫".repeat(700_000))));
    out.add(write(extreme.resolve("quotes.txt"), utf8("“".repeat(200_000) + seeds.get(1))));
    out.add(write(extreme.resolve("many-short-lines.txt"), utf8("3\n".repeat(500_000))));
    out.add(write(extreme.resolve("utf16le.txt"), utf16(seeds.get(2), true)));
    out.add(write(extreme.resolve("utf16be.txt"), utf16(seeds.get(3), false)));
    return out;
  }

  /** One damaged copy; the kind of damage goes round so every kind is there. */
  private static byte[] damage(String page, int copy, Random random) {
    byte[] utf8 = utf8(page);
    switch (copy % 10) {
      case 0: // cut anywhere, inside a character too
        return java.util.Arrays.copyOf(utf8, random.nextInt(utf8.length + 1));
      case 1: // a few bit flips
        return Mutations.apply(utf8, flips(random, 1 + random.nextInt(3)));
      case 2: // NUL bytes and stray lead bytes
        return Mutations.apply(utf8, List.of(
            new Mutations.Insert(random.nextDouble(), random.nextBoolean() ? Mutations.Piece.NUL : Mutations.Piece.LEAD_BYTE)));
      case 3: // BOM and CRLF, as Windows tools write
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(page.replace("\n", "\r\n")));
      case 4: // CR alone, as old Mac tools write; in GB18030
        return page.replace("\n", "\r").getBytes(GB18030);
      case 5: // whitespace only, in the shape of the page
        return utf8(page.replaceAll("\\S", random.nextBoolean() ? " " : "\u3000"));
      case 6: // a stretch of the page
        int from = random.nextInt(page.length());
        return utf8(page.substring(from, Math.min(page.length(), from + 200 + random.nextInt(2_000))));
      default: // anything Mutations can do, several times over
        List<Mutations.Edit> edits = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
          edits.add(randomEdit(random));
        }
        return Mutations.apply(utf8, edits);
    }
  }

  private static List<Mutations.Edit> flips(Random random, int n) {
    List<Mutations.Edit> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Mutations.Flip(random.nextDouble(), random.nextInt(8)));
    }
    return out;
  }

  private static Mutations.Edit randomEdit(Random random) {
    Mutations.Piece[] pieces = Mutations.Piece.values();
    return switch (random.nextInt(5)) {
      case 0 -> new Mutations.Flip(random.nextDouble(), random.nextInt(8));
      case 1 -> new Mutations.Delete(random.nextDouble(), random.nextDouble());
      case 2 -> new Mutations.Repeat(random.nextDouble(), 1 + random.nextInt(40), 1 + random.nextInt(30));
      case 3 -> new Mutations.Truncate(0.5 + random.nextDouble() / 2);
      default -> new Mutations.Insert(random.nextDouble(), pieces[random.nextInt(pieces.length)]);
    };
  }

  private static byte[] withNuls(String page, Random random) {
    byte[] b = utf8(page);
    for (int i = 0; i < 5; i++) {
      b[random.nextInt(b.length)] = 0;
    }
    return b;
  }

  private static byte[] utf16(String page, boolean little) {
    byte[] bom = little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
    return concat(bom, page.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Path write(Path file, byte[] bytes) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
