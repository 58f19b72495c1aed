package io.baoxun.grammar;

import static com.google.common.base.Preconditions.checkArgument;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The tokens of one region of a document (a paragraph, a headline), ending in EOF.
 *
 * <p>A match never runs past its region, and the parser's lookahead stops there too. Indexes are
 * those of the document's token list, so matches found in different regions share one numbering.
 */
final class RegionTokenStream implements TokenStream {
  private final TokenList tokens;
  private final int from;
  private final int to;
  private final Token eof;
  private int p;

  RegionTokenStream(TokenList tokens, int from, int to) {
    checkArgument(0 <= from && from <= to && to <= tokens.size(), "region [%s, %s)", from, to);
    this.tokens = tokens;
    this.from = from;
    this.to = to;
    int end = to == 0 ? 0 : tokens.stop(to - 1) + 1;
    CommonToken e = new CommonToken(Token.EOF, "<EOF>");
    e.setStartIndex(end);
    e.setStopIndex(end - 1);
    e.setTokenIndex(to);
    this.eof = e;
    this.p = from;
  }

  @Override
  public Token LT(int k) {
    if (k == 0) {
      return null;
    }
    int i = k > 0 ? p + k - 1 : p + k;
    if (i < from) {
      return null;
    }
    return i >= to ? eof : tokens.get(i);
  }

  /** As {@code LT(k).getType()}, without making the token: predictions read only types. */
  @Override
  public int LA(int k) {
    if (k == 0) {
      return Token.INVALID_TYPE;
    }
    int i = k > 0 ? p + k - 1 : p + k;
    if (i < from) {
      return Token.INVALID_TYPE;
    }
    return i >= to ? Token.EOF : tokens.type(i);
  }

  /** The token types by index; index {@link #end} and past are EOF, not what the array holds. */
  int[] types() {
    return tokens.types();
  }

  /** The index of the region's EOF. */
  int end() {
    return to;
  }

  @Override
  public Token get(int index) {
    return index >= to ? eof : tokens.get(index);
  }

  @Override
  public void consume() {
    if (p >= to) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
  }

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    p = Math.max(from, Math.min(index, to));
  }

  @Override
  public int size() {
    return to + 1;
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public TokenSource getTokenSource() {
    return null;
  }

  @Override
  public String getSourceName() {
    return "region";
  }

  @Override
  public String getText() {
    return getText(Interval.of(from, to - 1));
  }

  @Override
  public String getText(Interval interval) {
    StringBuilder b = new StringBuilder();
    for (int i = Math.max(from, interval.a); i <= interval.b && i < to; i++) {
      b.append(tokens.get(i).getText());
    }
    return b.toString();
  }

  @Override
  public String getText(org.antlr.v4.runtime.RuleContext ctx) {
    return ctx.getText();
  }

  @Override
  public String getText(Token start, Token stop) {
    if (start == null || stop == null) {
      return "";
    }
    return getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }
}
