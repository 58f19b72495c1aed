package io.baoxun.rule;

import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.Attempt;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.StartFilter;
import io.baoxun.grammar.TokenList;
import io.baoxun.segment.Article;
import io.baoxun.segment.Paragraph;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a pack's rules over documents. One per thread (it owns a {@link GrammarMatcher} whose caches
 * warm up over the documents it sees); the {@link Pack} it reads is shared.
 *
 * <p>A document is lexed once. Its regions (each paragraph, each headline) are token ranges of
 * that one token list; at each token of a region, every grammar rule the pack's rules match is
 * tried once if the token can start it, and all rules matching that grammar rule read the one
 * match. Then {@code when} and {@code emit} make candidates, and the overlap policy picks facts.
 */
public final class Engine {
  /** Output order: by start, the enclosing fact first, then by type and rule. */
  public static final Comparator<Fact> ORDER =
      Comparator.comparingInt((Fact f) -> f.span().start())
          .thenComparing(f -> -f.span().end())
          .thenComparing(Fact::type)
          .thenComparing(Fact::rule)
          .thenComparing(Fact::text);

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}.*");

  private final Pack pack;
  private final GrammarMatcher matcher;
  /**
   * By the filter's slots: each grammar rule the pack's rules match, once, and the rules matching
   * it in pack order.
   */
  private final int[] grammarRuleOfSlot;
  private final List<List<Rule>> rulesOfSlot;
  /** By slot: whether some (all) of its rules are {@link Rule#leftmost leftmost}. */
  private final boolean[] someLeftmost;
  private final boolean[] allLeftmost;
  /** Where those grammar rules can match at all, so that the parser runs only there. */
  private final StartFilter startFilter;

  Engine(Pack pack) {
    this.pack = pack;
    this.matcher = pack.grammar().newMatcher();
    Map<Integer, List<Rule>> rulesByGrammarRule = new LinkedHashMap<>();
    for (Rule r : pack.rules()) {
      rulesByGrammarRule.computeIfAbsent(r.grammarRuleIndex(), k -> new ArrayList<>()).add(r);
    }
    this.grammarRuleOfSlot = rulesByGrammarRule.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.rulesOfSlot = List.copyOf(rulesByGrammarRule.values());
    this.someLeftmost = new boolean[rulesOfSlot.size()];
    this.allLeftmost = new boolean[rulesOfSlot.size()];
    for (int k = 0; k < rulesOfSlot.size(); k++) {
      someLeftmost[k] = rulesOfSlot.get(k).stream().anyMatch(Rule::leftmost);
      allLeftmost[k] = rulesOfSlot.get(k).stream().allMatch(Rule::leftmost);
    }
    this.startFilter = pack.grammar().startFilter(grammarRuleOfSlot);
  }

  public Pack pack() {
    return pack;
  }

  /** This thread's grammar matcher (for other example sources and tools that match by hand). */
  public GrammarMatcher matcher() {
    return matcher;
  }

  /** The facts of a document, in output order. */
  public List<Fact> facts(NormalizedText text, List<Article> articles, ReadContext context) {
    return run(text, articles, context, Trace.NONE).facts();
  }

  /**
   * Everything a run found: the facts, and what did not become one.
   *
   * @param kept the candidates that became facts
   * @param rejected matches that {@code when} or a null required field turned away
   * @param dropped candidates that lost an overlap
   * @param articleDates for each article given, the date its dateline states ({@code article.date}),
   *     or null
   */
  public record Result(
      TokenList tokens,
      List<Fact> facts,
      List<Candidate> kept,
      List<Rejection> rejected,
      List<Drop> dropped,
      List<FieldValue> articleDates) {
    public Result {
      facts = List.copyOf(facts);
      kept = List.copyOf(kept);
      rejected = List.copyOf(rejected);
      dropped = List.copyOf(dropped);
      articleDates = List.copyOf(articleDates);
    }
  }

  public Result run(NormalizedText text, List<Article> articles, ReadContext context, Trace trace) {
    TokenList tokens = matcher.lex(text.text());
    List<Candidate> candidates = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    Set<Evaluated> seen = new HashSet<>();
    Set<Long> regionsDone = new HashSet<>();
    List<FieldValue> articleDates = new ArrayList<>();
    for (Article article : articles) {
      ReadContext read = context;
      MatchContext.ArticleInfo info = articleInfo(text, tokens, article, context);
      articleDates.add(info.date());
      if (info.date() instanceof FieldValue.Time t && ISO_DATE.matcher(t.value()).matches()) {
        read = context.withReference(t.value());
      }
      for (Span region : regions(article)) {
        int[] range = tokens.tokensWithin(region);
        if (range[0] >= range[1] || !regionsDone.add(((long) range[0] << 32) | range[1])) {
          continue; // empty, or a region already run (a headline inside a paragraph)
        }
        runRegion(text, tokens, range[0], range[1], info, read, trace, candidates, rejected, seen);
      }
    }
    OverlapResolver.Resolution r = OverlapResolver.resolve(candidates);
    List<Fact> facts = new ArrayList<>(r.kept().stream().map(Candidate::fact).toList());
    facts.sort(ORDER);
    return new Result(tokens, facts, r.kept(), rejected, r.dropped(), articleDates);
  }

  /** A rule evaluated on a match of its grammar rule (a rule's ids are unique in its pack). */
  private record Evaluated(Rule rule, int from, int to) {}

  private static List<Span> regions(Article article) {
    List<Span> out = new ArrayList<>();
    article.headline().ifPresent(out::add);
    if (article.kind() == Article.Kind.BOX) {
      // A box of figures prints a statement over several lines (the time on one, the counts on
      // the next) with no sentence to hold them together: it is read as one region.
      out.add(article.body());
      return out;
    }
    for (Paragraph p : article.paragraphs()) {
      out.add(p.span());
    }
    return out;
  }

  private MatchContext.ArticleInfo articleInfo(
      NormalizedText text, TokenList tokens, Article article, ReadContext context) {
    FieldValue headline =
        article.headline().<FieldValue>map(h -> new FieldValue.Text(Texts.asWords(text.originalText(h))))
            .orElse(FieldValue.Null.INSTANCE);
    FieldValue date = FieldValue.Null.INSTANCE;
    if (article.dateline().isPresent()) {
      int[] range = tokens.tokensWithin(article.dateline().get());
      if (range[0] < range[1]) {
        Optional<FieldValue.Time> t =
            pack.values().datelineDate(pack.grammar(), matcher, tokens, range[0], range[1], context);
        if (t.isPresent()) {
          date = t.get();
        }
      }
    }
    return new MatchContext.ArticleInfo(
        date, headline, new FieldValue.Text(article.kind().name().toLowerCase(java.util.Locale.ROOT)));
  }

  private void runRegion(
      NormalizedText text,
      TokenList tokens,
      int from,
      int to,
      MatchContext.ArticleInfo article,
      ReadContext read,
      Trace trace,
      List<Candidate> candidates,
      List<Rejection> rejected,
      Set<Evaluated> seen) {
    // A trace (explain) sees every attempt, also where the anchors tell that none can match.
    StartFilter.Starts starts = startFilter.starts(tokens, from, to, trace == Trace.NONE);
    // By slot: the end of the last match that leftmost rules read; they read none before it.
    int[] leftmostEnd = new int[grammarRuleOfSlot.length];
    for (int i = from; i < to; i++) {
      for (int k = starts.nextSlot(i, 0); k >= 0; k = starts.nextSlot(i, k + 1)) {
        boolean inside = i < leftmostEnd[k];
        if (inside && allLeftmost[k]) {
          continue;
        }
        int g = grammarRuleOfSlot[k];
        Attempt attempt = matcher.attempt(tokens, from, to, g, i, starts);
        trace.attempted(attempt, from, to);
        if (attempt.match().isEmpty()) {
          continue;
        }
        Match m = attempt.match().get();
        if (someLeftmost[k] && !inside) {
          leftmostEnd[k] = m.to();
        }
        MatchContext ctx = new MatchContext(m, from, text, article, pack.values(), read);
        for (Rule rule : rulesOfSlot.get(k)) {
          if (inside && rule.leftmost()) {
            continue;
          }
          if (seen.add(new Evaluated(rule, m.from(), m.to()))) {
            evaluate(rule, ctx, candidates, rejected);
          }
        }
      }
    }
  }

  /**
   * The span without the punctuation that closes it. A grammar rule that must know its clause has
   * ended (the last part of a breakdown, the last item of a tally) takes in the comma or full stop
   * after it; the fact is what stands before that mark, as a reader would underline it.
   */
  static Span beforeClauseEnd(Span span, NormalizedText text) {
    int end = span.end();
    while (end - 1 > span.start() && isClauseEnd(text.codePointAt(end - 1))) {
      end--;
    }
    return end == span.end() ? span : new Span(span.start(), end);
  }

  private static boolean isClauseEnd(int c) {
    return ",;:!?。、，；：！？".indexOf(c) >= 0 || Character.isWhitespace(c);
  }

  private static void evaluate(Rule rule, MatchContext ctx, List<Candidate> candidates, List<Rejection> rejected) {
    Scope scope = new Scope(ctx);
    Match m = ctx.match;
    if (!rule.accepts(scope)) {
      rejected.add(new Rejection(rule, m, "when is false"));
      return;
    }
    Map<String, FieldValue> fields;
    try {
      fields = rule.emit(scope);
    } catch (Rejected r) {
      rejected.add(new Rejection(rule, m, r.getMessage()));
      return;
    }
    Span span = rule.where(scope);
    if (span == null) {
      rejected.add(new Rejection(rule, m, "the span element is absent"));
      return;
    }
    span = beforeClauseEnd(span, ctx.text);
    Fact fact = new Fact(rule.type().name(), rule.id(), ctx.text.toOriginal(span), ctx.text.originalText(span), fields);
    candidates.add(new Candidate(rule, m, span, fact));
  }
}
