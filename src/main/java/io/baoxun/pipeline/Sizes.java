package io.baoxun.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes of documents as users write and read them: {@code 32M}, {@code 512K}, {@code 1.5 MiB}. */
public final class Sizes {
  private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([kmg]?)i?b?", Pattern.CASE_INSENSITIVE);

  private Sizes() {}

  /** A size in bytes from {@code 1000}, {@code 512K}, {@code 32M}, {@code 1G} (powers of 1024). */
  public static Optional<Long> parse(String s) {
    Matcher m = SIZE.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int shift =
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          default -> 0;
        };
    long n = Long.parseLong(m.group(1));
    if (n > (Long.MAX_VALUE >> shift)) {
      return Optional.empty();
    }
    return Optional.of(n << shift);
  }

  /** A size for a message: {@code 512 bytes}, {@code 6.3 MiB}. */
  public static String show(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    String[] units = {"KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** The message of an input over {@code --max-doc-size}. */
  static String tooLarge(long bytes, long limit) {
    return "larger than the size limit (" + show(bytes) + " > " + show(limit) + ", --max-doc-size); not read";
  }

  /** The length of a text in UTF-8, without encoding it. */
  static long utf8Length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
}
