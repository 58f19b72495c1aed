package io.baoxun.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damage done to real input, for fuzzing: the seeds cut, flipped, spliced and stuffed with what
 * scrapers, OCR and PDF tools leave behind (NUL bytes, BOMs, stray lead bytes, CR, runs of digits,
 * nested brackets). Edits are generated values, so jqwik shrinks a failing case to the fewest and
 * smallest edits that still fail.
 */
public final class Mutations {
  private Mutations() {}

  /** One edit, at a place given as a fraction of the length so it fits any input. */
  public sealed interface Edit {
    byte[] apply(byte[] in);
  }

  /** Flips one bit. */
  public record Flip(double at, int bit) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      if (in.length == 0) {
        return in;
      }
      byte[] out = in.clone();
      int i = index(at, in.length - 1);
      out[i] = (byte) (out[i] ^ (1 << bit));
      return out;
    }
  }

  /** Inserts bytes. */
  public record Insert(double at, Piece piece) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int i = index(at, in.length);
      byte[] p = piece.bytes();
      byte[] out = new byte[in.length + p.length];
      System.arraycopy(in, 0, out, 0, i);
      System.arraycopy(p, 0, out, i, p.length);
      System.arraycopy(in, i, out, i + p.length, in.length - i);
      return out;
    }
  }

  /** Deletes a stretch. */
  public record Delete(double at, double length) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int from = index(at, in.length);
      int to = Math.min(in.length, from + index(length, in.length - from) / 4);
      byte[] out = new byte[in.length - (to - from)];
      System.arraycopy(in, 0, out, 0, from);
      System.arraycopy(in, to, out, from, in.length - to);
      return out;
    }
  }

  /** Repeats a short stretch several times in place. */
  public record Repeat(double at, int length, int times) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      int from = index(at, in.length);
      int to = Math.min(in.length, from + length);
      byte[] stretch = Arrays.copyOfRange(in, from, to);
      byte[] out = new byte[in.length + stretch.length * times];
      System.arraycopy(in, 0, out, 0, to);
      for (int k = 0; k < times; k++) {
        System.arraycopy(stretch, 0, out, to + k * stretch.length, stretch.length);
      }
      System.arraycopy(in, to, out, to + stretch.length * times, in.length - to);
      return out;
    }
  }

  /** Cuts the end off, wherever that falls (inside a character, too). */
  public record Truncate(double at) implements Edit {
    @Override
    public byte[] apply(byte[] in) {
      return Arrays.copyOf(in, index(at, in.length));
    }
  }

  /** What damaged files are found to hold. */
  public enum Piece {
    NUL(new byte[] {0}),
    UTF8_BOM(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
    UTF16_BOM(new byte[] {(byte) 0xFF, (byte) 0xFE}),
    LEAD_BYTE(new byte[] {(byte) 0xE4}),
    OVERLONG(new byte[] {(byte) 0xC0, (byte) 0x80}),
    INVALID(new byte[] {(byte) 0xFF}),
    CR(new byte[] {'\r'}),
    CRLF(new byte[] {'\r', '\n'}),
    BLANK_LINE(new byte[] {'\n', '\n'}),
    CONTROL(new byte[] {0x1B, '[', '0', 'm'}),
    REPLACEMENT(utf8("\uFFFD")),
    LINE_SEPARATOR(utf8("\u2028")),
    ZERO_WIDTH(utf8("\u200B\uFEFF")),
    FULL_WIDTH(utf8("３．５％，（）")),
    DIGITS(utf8("7".repeat(3000))),
    DECIMALS(utf8("1.2.3.4.5.6.7.8.9.0".repeat(50))),
    PARENS(utf8("(".repeat(2000) + "3月18日" + ")".repeat(2000))),
    WIDE_PARENS(utf8("（".repeat(500) + "新增5例" + "）".repeat(500))),
    QUOTES(utf8("“".repeat(300))),
    UNITS(utf8("万万万亿亿人次%%%‰")),
    SPACES(utf8(" \t\u3000\u00A0".repeat(200))),
    DATELINE(utf8("\n\n本报讯（记者 王培源）\n")),
    SUPPLEMENTARY(utf8("\uD840\uDC00\uD83D\uDE00")),
    LONE_SURROGATE(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

    private final byte[] bytes;

    Piece(byte[] bytes) {
      this.bytes = bytes;
    }

    byte[] bytes() {
      return bytes.clone();
    }
  }

  /** A few edits, each of any kind. */
  public static Arbitrary<List<Edit>> edits(int max) {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Edit> flip = Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(Flip::new);
    Arbitrary<Edit> insert = Combinators.combine(at, Arbitraries.of(Piece.class)).as(Insert::new);
    Arbitrary<Edit> delete = Combinators.combine(at, at).as(Delete::new);
    Arbitrary<Edit> repeat =
        Combinators.combine(at, Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 60))
            .as(Repeat::new);
    Arbitrary<Edit> truncate = at.map(Truncate::new);
    return Arbitraries.oneOf(flip, insert, insert, delete, repeat, truncate).list().ofMinSize(1).ofMaxSize(max);
  }

  /** The edits applied in order. */
  public static byte[] apply(byte[] in, List<Edit> edits) {
    byte[] out = in;
    for (Edit e : edits) {
      out = e.apply(out);
    }
    return out;
  }

  /** A stretch of one seed page: whole pages are many times slower to match and find no more. */
  public static Arbitrary<byte[]> seedExcerpts(int maxChars) {
    List<String> seeds = seeds();
    return Combinators.combine(Arbitraries.integers().between(0, seeds.size() - 1), Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, maxChars))
        .as((s, at, length) -> {
          String page = seeds.get(s);
          int from = index(at, page.length());
          return utf8(page.substring(from, Math.min(page.length(), from + length)));
        });
  }

  /** The seed pages, decoded. */
  public static List<String> seeds() {
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      List<String> out = new ArrayList<>();
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int index(double at, int length) {
    return Math.max(0, Math.min(length, (int) Math.floor(at * length)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
