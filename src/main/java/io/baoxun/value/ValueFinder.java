package io.baoxun.value;

import io.baoxun.grammar.Attempt;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import io.baoxun.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * Finds every value in a normalised text: leftmost-longest matches of the value rules whose text
 * reads as a value, plus the number inside each quantity and duration.
 *
 * <p>One per thread (it owns a {@link GrammarMatcher}, whose caches warm up as it works).
 *
 * <p>The reader can reject what the grammar accepted (13月); the finder then tries the same rule
 * again on a region that ends before the match's last token, so the longest match that reads as a
 * value wins. (A rule that fails outright is retried on shorter regions by the matcher itself.)
 */
public final class ValueFinder {
  private static final int RETRIES = 6;

  private final PackGrammar grammar;
  private final GrammarMatcher matcher;
  private final ValueReader reader;
  private final int[] rules;

  public ValueFinder(PackGrammar grammar) {
    this.grammar = grammar;
    this.matcher = grammar.newMatcher();
    this.reader = new ValueReader(grammar);
    this.rules = ValueRules.TOP.stream()
        .filter(grammar::hasRule)
        .mapToInt(r -> grammar.ruleIndex(r).orElseThrow())
        .toArray();
  }

  public PackGrammar grammar() {
    return grammar;
  }

  public ValueReader reader() {
    return reader;
  }

  /** All values of a normalised text, in text order (an outer item before the items inside it). */
  public List<ValueItem> find(String text, Optional<LocalDate> reference) {
    TokenList tokens = matcher.lex(text);
    return find(tokens, 0, tokens.size(), text, reference);
  }

  /**
   * All values in the tokens {@code [from, to)} of a text (a paragraph of a document).
   *
   * @param text the normalised text the tokens were made from
   * @param reference the date relative expressions (昨天, 今年) are anchored on, if known
   */
  public List<ValueItem> find(TokenList tokens, int from, int to, String text, Optional<LocalDate> reference) {
    List<ValueItem> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Candidate best = null;
      for (int rule : rules) {
        if (matcher.canStart(tokens, rule, i)) {
          Candidate c = longest(tokens, from, to, rule, i, text);
          if (c != null && (best == null || c.match.to() > best.match.to())) {
            best = c;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      if (best.value.isPresent()) {
        emit(best, reference, out);
      }
      i = best.match.to();
    }
    out.sort(Comparator.comparing(ValueItem::span));
    return out;
  }

  private void emit(Candidate c, Optional<LocalDate> reference, List<ValueItem> out) {
    Value v = c.value.get();
    if (reference.isPresent()) {
      v = v instanceof Timex t ? t.resolve(reference.get())
          : v instanceof Interval iv ? iv.resolve(reference.get()) : v;
    }
    out.add(new ValueItem(c.match.rule(), c.match.span(), v, false));
    if (v instanceof Quantity || v instanceof Duration) {
      Optional<ParserRuleContext> amount = reader.amountOf(c.match.tree());
      if (amount.isPresent()) {
        Optional<Value> n = reader.read(amount.get());
        n.ifPresent(value -> out.add(new ValueItem(ValueRules.NUMBER,
            Match.spanOf(amount.get(), c.match.tokens()), value, true)));
      }
    }
  }

  /**
   * The longest match of {@code rule} at token {@code start} that reads as a value, or null. The
   * matcher already retries a rule that failed on shorter regions; what is left here is a match
   * the reader rejects (13月), tried again on a region ending before its last token.
   */
  private Candidate longest(TokenList tokens, int from, int to, int rule, int start, String text) {
    int limit = to;
    for (int tries = 0; tries < RETRIES && limit > start; tries++) {
      Attempt a = matcher.attempt(tokens, from, limit, rule, start);
      if (!a.matched()) {
        return null;
      }
      Match m = a.match().orElseThrow();
      Candidate c = read(m, text);
      if (c != null) {
        return c;
      }
      limit = m.to() - 1;
    }
    return null;
  }

  private Candidate read(Match m, String text) {
    if (m.rule().equals(ValueRules.FREQUENCY)) {
      return reader.isFrequency(m.tree()) ? new Candidate(m, Optional.empty()) : null;
    }
    Optional<Value> v = reader.read(m.tree());
    if (v.isEmpty() || !Plausibility.standsAlone(m, v.get(), text)) {
      return null;
    }
    return new Candidate(m, v);
  }

  private record Candidate(Match match, Optional<Value> value) {}
}
