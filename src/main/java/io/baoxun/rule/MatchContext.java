package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What evaluating expressions on one match needs: the match, the document, the article, and the
 * value layer. Short-lived (one match); it caches each element's value, read once however many
 * rules and expressions read it.
 */
final class MatchContext {
  final Match match;
  final NormalizedText text;
  final ArticleInfo article;
  /** The first token of the region (paragraph or headline) the match was found in. */
  final int regionStart;
  private final ValueReader values;
  private final ReadContext read;
  // Sized for the few value elements a rule reads; the default table is 64 slots, per match.
  private final Map<ParseTree, FieldValue> valueCache = new IdentityHashMap<>(4);

  MatchContext(
      Match match, int regionStart, NormalizedText text, ArticleInfo article, ValueReader values, ReadContext read) {
    this.match = match;
    this.regionStart = regionStart;
    this.text = text;
    this.article = article;
    this.values = values;
    this.read = read;
  }

  PackGrammar grammar() {
    return match.grammar();
  }

  TokenList tokens() {
    return match.tokens();
  }

  /** The normalised text of the token right before the match in its region, or null at its start. */
  FieldValue tokenBefore() {
    int i = match.from() - 1;
    return i < regionStart ? FieldValue.Null.INSTANCE : new FieldValue.Text(tokens().get(i).getText());
  }

  /** The element's value, read by the value layer; null when it cannot be read. */
  FieldValue value(ParseTree node) {
    // Not computeIfAbsent: under C1 a capturing lambda costs a native allocation at every call.
    FieldValue v = valueCache.get(node);
    if (v == null) {
      v = values.read(grammar(), node, tokens(), read);
      if (v != null) {
        valueCache.put(node, v);
      }
    }
    return v;
  }

  /**
   * The element as text: the ORIGINAL text under it, with the page's line breaks, U+FFFD and
   * layout spaces next to Chinese characters taken out, so a name broken over two lines or padded
   * (冯  敏) reads whole while offsets still point at the page.
   */
  FieldValue text(ParseTree node) {
    Span span = spanOf(node);
    return span == null ? FieldValue.Null.INSTANCE : new FieldValue.Text(Texts.asWords(text.originalText(span)));
  }

  /** The normalised span of an element, or null for an element that matched no token. */
  Span spanOf(ParseTree node) {
    if (node instanceof TerminalNode t) {
      Token s = t.getSymbol();
      return new Span(s.getStartIndex(), s.getStopIndex() + 1);
    }
    ParserRuleContext c = (ParserRuleContext) node;
    if (c.getStart() == null
        || c.getStop() == null
        || c.getStart().getType() == Token.EOF
        || c.getStop().getTokenIndex() < c.getStart().getTokenIndex()) {
      return null;
    }
    return new Span(c.getStart().getStartIndex(), c.getStop().getStopIndex() + 1);
  }

  /** What rules may ask of the article a match lies in; {@code kind} is story, caption or box. */
  record ArticleInfo(FieldValue date, FieldValue headline, FieldValue kind) {
    static final ArticleInfo NONE =
        new ArticleInfo(FieldValue.Null.INSTANCE, FieldValue.Null.INSTANCE, FieldValue.Null.INSTANCE);
  }

  /** For lookup: an entry set is the normalised form of a lexicon's lines. */
  static boolean contains(Set<String> entries, String text) {
    return entries.contains(NormalizedText.of(text).text());
  }
}
