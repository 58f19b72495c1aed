package io.baoxun.rule;

import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The overlap policy: of candidates of one fact type that overlap, the best is kept (higher
 * priority, then the longer span, then the rule written first, then the earlier start) and every
 * candidate overlapping a kept one is dropped, greedily from the best down. A nested type keeps
 * candidates that lie strictly inside one another and drops only partial overlaps and twins.
 * Candidates of different types never compete.
 */
final class OverlapResolver {
  static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingInt((Candidate c) -> -c.rule().priority())
          .thenComparingInt(c -> -c.span().length())
          .thenComparingInt(c -> c.rule().order())
          .thenComparingInt(c -> c.span().start());

  private OverlapResolver() {}

  record Resolution(List<Candidate> kept, List<Drop> dropped) {}

  static Resolution resolve(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BEST_FIRST);
    Map<String, List<Candidate>> keptByType = new HashMap<>();
    List<Candidate> kept = new ArrayList<>();
    List<Drop> dropped = new ArrayList<>();
    for (Candidate c : sorted) {
      List<Candidate> same = keptByType.computeIfAbsent(c.rule().type().name(), k -> new ArrayList<>());
      Candidate winner = null;
      for (Candidate k : same) {
        if (conflict(c, k)) {
          winner = k;
          break;
        }
      }
      if (winner == null) {
        same.add(c);
        kept.add(c);
      } else {
        dropped.add(new Drop(c, winner, why(c, winner)));
      }
    }
    return new Resolution(kept, dropped);
  }

  private static boolean conflict(Candidate a, Candidate b) {
    Span x = a.span();
    Span y = b.span();
    if (!x.overlaps(y)) {
      return false;
    }
    if (!a.rule().type().nested()) {
      return true;
    }
    boolean strictlyNested = !x.equals(y) && (x.contains(y) || y.contains(x));
    return !strictlyNested;
  }

  private static String why(Candidate loser, Candidate winner) {
    if (winner.rule().priority() != loser.rule().priority()) {
      return "higher priority (" + winner.rule().priority() + " > " + loser.rule().priority() + ")";
    }
    if (winner.span().length() != loser.span().length()) {
      return "longer span (" + winner.span().length() + " > " + loser.span().length() + " characters)";
    }
    if (winner.rule() != loser.rule()) {
      return "same priority and length; " + winner.rule().id() + " is written first";
    }
    return "same rule, same length; it starts first";
  }
}
