package io.baoxun.rule;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Did you mean" for unknown names: the nearest known name by edit distance, if near enough. */
final class Suggest {
  private Suggest() {}

  static Optional<String> nearest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known.stream().sorted().toList()) {
      int d = distance(name.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    // Two edits (a transposed pair, a missing letter or two), never most of the word.
    int limit = Math.min(2, Math.max(1, name.length() / 3));
    return best != null && bestDistance <= limit && bestDistance < name.length() ? Optional.of(best) : Optional.empty();
  }

  /**
   * A hint to append to an "unknown X" message: the nearest name, else the known names when they
   * are few, else nothing.
   */
  static String hint(String name, Collection<String> known, String prefix) {
    Optional<String> n = nearest(name, known);
    if (n.isPresent()) {
      return " (did you mean '" + prefix + n.get() + "'?)";
    }
    if (known.isEmpty()) {
      return "";
    }
    List<String> sorted = known.stream().sorted().toList();
    if (sorted.size() > 8) {
      return "";
    }
    return " (known: " + sorted.stream().map(k -> prefix + k).collect(Collectors.joining(", ")) + ")";
  }

  /** Optimal string alignment distance: edits, with a swap of neighbours counted as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
