package io.baoxun.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Finds grammar rules anywhere in running text. One per thread: it owns the lexer and parser
 * interpreters, whose DFA caches grow warm over the documents it sees.
 *
 * <p>A rule is tried at each token of a region that can start it (its FIRST set), with a parser
 * that gives up at the first token that does not fit; regions end in EOF, so no match and no
 * lookahead crosses a paragraph.
 */
public final class GrammarMatcher {
  /** How often a failed attempt is retried on a shorter region; each retry costs one parse. */
  private static final int MAX_RETRIES = 4;

  /**
   * The most tokens one match may span: many times the longest fact of the seeds and held-out
   * pages (a tally of 115 characters), and what bounds each attempt's cost.
   */
  public static final int MAX_MATCH_TOKENS = 256;

  private final PackGrammar grammar;
  private final PackLexer lexer;
  private final TracingParserInterpreter parser;
  /** Checked before every attempt: what keeps a hostile document from holding a thread forever. */
  private Deadline deadline = Deadline.NONE;

  GrammarMatcher(PackGrammar grammar) {
    this(grammar, true);
  }

  /**
   * @param tuned false gives ANTLR's own lexer and parser simulators and error strategy, for the
   *     tests and benchmarks that compare them with baoxun's ({@link WideCharLexerSimulator},
   *     {@link MatcherSimulator}, {@link BailQuietly})
   */
  GrammarMatcher(PackGrammar grammar, boolean tuned) {
    this.grammar = grammar;
    this.lexer = new PackLexer(grammar, tuned);
    this.parser =
        new TracingParserInterpreter(
            grammar.fileName(),
            grammar.vocabulary(),
            grammar.parserRuleNames(),
            grammar.parserAtn(),
            new RegionTokenStream(TokenList.EMPTY, 0, 0),
            tuned ? grammar.ll1Choices() : null);
    parser.removeErrorListeners();
    parser.setErrorHandler(tuned ? new BailQuietly() : new org.antlr.v4.runtime.BailErrorStrategy());
  }

  public PackGrammar grammar() {
    return grammar;
  }

  /** The deadline of the document being matched; {@link Deadline#NONE} between documents. */
  public void setDeadline(Deadline deadline) {
    this.deadline = java.util.Objects.requireNonNull(deadline);
  }

  /** Lexes a normalised text; tokens off the default channel are left out. */
  public TokenList lex(String text) {
    return lexer.lex(text, deadline);
  }

  /** Whether {@code rule} can start with the token at {@code i}. */
  public boolean canStart(TokenList tokens, int rule, int i) {
    return grammar.firstTokens(rule).contains(tokens.type(i));
  }

  /**
   * Tries {@code rule} at token {@code start} of the region {@code [from, to)}: the match that
   * starts there, or where the rule stopped fitting.
   *
   * <p>Parsing a rule on its own, ANTLR predicts with the rule's global FOLLOW set, not "anything
   * may come next": in 3月31日，全县 it takes the comma for the start of (星期五) and fails at 全,
   * where a match of 3月31日 was there to be had. So on a failure at token k the rule is tried
   * again on the region cut before k, where EOF tells the prediction that the rule may end; when it
   * then fails at the cut itself, the token before the cut goes too (once). A few retries at most.
   * The first failure is what a rule author is shown.
   */
  public Attempt attempt(TokenList tokens, int from, int to, int rule, int start) {
    return attempt(tokens, from, to, rule, start, null);
  }

  /**
   * As {@link #attempt(TokenList, int, int, int, int)}, with the region's {@link StartFilter
   * starts} to leave out the retries that cannot match: a retry's region is shorter, and once it
   * holds no anchor of the rule, the shorter ones after it hold none either.
   */
  public Attempt attempt(TokenList tokens, int from, int to, int rule, int start, StartFilter.Starts starts) {
    // A rule is never tried over more than MAX_MATCH_TOKENS: a loop such as hanChar*? would
    // otherwise read to the end of a paragraph at every start, quadratic in a paragraph without
    // punctuation (50,000 Han characters took over two minutes).
    to = Math.min(to, start + MAX_MATCH_TOKENS);
    Attempt first = attemptOnce(tokens, from, to, rule, start);
    Attempt a = first;
    int limit = to;
    boolean steppedBack = false;
    for (int tries = 0; !a.matched() && tries < MAX_RETRIES && a.failedAt() > start; tries++) {
      if (a.failedAt() < limit) {
        limit = a.failedAt();
      } else if (!steppedBack) {
        // It failed at the cut itself, so it had committed one token earlier (3月31日, then
        // nothing): give up that token too, once.
        steppedBack = true;
        limit--;
      } else {
        break;
      }
      if (limit <= start || starts != null && !starts.possible(rule, start, limit)) {
        break;
      }
      a = attemptOnce(tokens, from, limit, rule, start);
    }
    return a.matched() ? a : first;
  }

  private Attempt attemptOnce(TokenList tokens, int from, int to, int rule, int start) {
    deadline.check();
    RegionTokenStream stream = new RegionTokenStream(tokens, from, to);
    parser.attemptOn(stream);
    stream.seek(start);
    String name = grammar.ruleName(rule);
    try {
      ParserRuleContext tree = parser.parse(rule);
      Token stop = tree.getStop();
      if (stop == null || stop.getType() == Token.EOF || stop.getTokenIndex() < start) {
        return new Attempt(name, start, Optional.empty(), start, () -> "a non-empty match");
      }
      int end = stop.getTokenIndex() + 1;
      return new Attempt(name, start, Optional.of(new Match(grammar, tokens, name, start, end, tree)), end, () -> "");
    } catch (ParseCancellationException e) {
      int failedAt = stream.index();
      if (!(e.getCause() instanceof RecognitionException re)) {
        return new Attempt(name, start, Optional.empty(), failedAt, () -> "");
      }
      if (re.getOffendingToken() != null) {
        failedAt = re.getOffendingToken().getTokenIndex();
      }
      return new Attempt(name, start, Optional.empty(), failedAt, () -> {
        IntervalSet want = re.getExpectedTokens();
        return want == null ? "" : want.toString(grammar.vocabulary());
      });
    }
  }

  /** Every match of {@code rule} in the region, at every start token (overlaps included). */
  public List<Match> findAll(TokenList tokens, int from, int to, int rule) {
    List<Match> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (canStart(tokens, rule, i)) {
        attempt(tokens, from, to, rule, i).match().ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Leftmost-longest matches of any of {@code rules} in the region, not overlapping; on equal
   * length the rule listed first wins.
   */
  public List<Match> scan(TokenList tokens, int from, int to, int[] rules) {
    List<Match> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Match best = null;
      for (int r : rules) {
        if (canStart(tokens, r, i)) {
          Optional<Match> m = attempt(tokens, from, to, r, i).match();
          if (m.isPresent() && (best == null || m.get().to() > best.to())) {
            best = m.get();
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }
}
