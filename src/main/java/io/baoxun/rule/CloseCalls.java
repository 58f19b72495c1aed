package io.baoxun.rule;

import io.baoxun.grammar.Attempt;
import io.baoxun.grammar.TokenList;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers, for each grammar rule, the failed attempt that got furthest before the text stopped
 * fitting: where a rule "came close", for {@code explain} and for failed examples.
 */
final class CloseCalls implements Trace {
  private final Map<String, Attempt> furthest = new HashMap<>();
  private final Map<String, Integer> regionEnds = new HashMap<>();

  @Override
  public void attempted(Attempt a, int regionFrom, int regionTo) {
    if (a.matched()) {
      return;
    }
    Attempt best = furthest.get(a.rule());
    if (best == null || a.failedAt() - a.start() > best.failedAt() - best.start()) {
      furthest.put(a.rule(), a);
      regionEnds.put(a.rule(), regionTo);
    }
  }

  Optional<Attempt> furthest(String grammarRule) {
    return Optional.ofNullable(furthest.get(grammarRule));
  }

  /**
   * Where an attempt stopped, in the text: {@code «截至3月20日»目前…: expected NUMBER}. The part that
   * fitted is marked, then a few characters of what did not.
   */
  String describe(String grammarRule, TokenList tokens, NormalizedText text) {
    Attempt a = furthest.get(grammarRule);
    int regionEnd = regionEnds.get(grammarRule);
    int start = tokens.get(a.start()).getStartIndex();
    int stop = a.failedAt() < regionEnd ? tokens.get(a.failedAt()).getStartIndex() : tokens.get(regionEnd - 1).getStopIndex() + 1;
    String fitted = text.slice(new Span(start, stop));
    String rest;
    if (a.failedAt() >= regionEnd) {
      rest = "(end of paragraph)";
    } else {
      int end = Math.min(text.length(), stop + 8);
      rest = Texts.shorten(text.slice(new Span(stop, end)), 6);
    }
    String expected = a.expected().isEmpty() ? "" : ": expected " + a.expected();
    // The end of what fitted is where it stopped: keep that when the text is long.
    return "«" + Texts.tail(fitted, 40) + "»" + rest + expected;
  }
}
