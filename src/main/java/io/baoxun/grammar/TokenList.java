package io.baoxun.grammar;

import static com.google.common.base.Preconditions.checkArgument;

import io.baoxun.text.Span;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * The tokens of a normalised text, on the default channel, numbered from 0. Token offsets are code
 * points of the normalised text.
 *
 * <p>Types and offsets are kept in arrays; a {@link Token} object is made the first time one is
 * asked for. Most tokens are never parsed (the start filter reads only the types), so most are
 * never made.
 */
public final class TokenList {
  static final TokenList EMPTY = new TokenList(0, new int[0], new int[0], new int[0], null);

  private final int size;
  private final int[] types;
  private final int[] starts;
  private final int[] stops;
  private final Token[] made;
  /** Where a made token reads its text; null when every token was made by the lexer. */
  private final Pair<TokenSource, CharStream> source;

  /** The tokens ANTLR's own lexer made. */
  TokenList(List<Token> tokens) {
    this.size = tokens.size();
    this.types = new int[size];
    this.starts = new int[size];
    this.stops = new int[size];
    this.made = tokens.toArray(new Token[0]);
    this.source = null;
    for (int i = 0; i < size; i++) {
      types[i] = made[i].getType();
      starts[i] = made[i].getStartIndex();
      stops[i] = made[i].getStopIndex();
    }
  }

  /**
   * Tokens a lexer found, in order, in the first {@code size} slots of the arrays (which the list
   * then owns); {@code text} is what their offsets point into, which made tokens read.
   */
  TokenList(int size, int[] types, int[] starts, int[] stops, CharStream text) {
    this.size = size;
    this.types = types;
    this.starts = starts;
    this.stops = stops;
    this.made = new Token[size];
    this.source = new Pair<>(null, text);
  }

  public int size() {
    return size;
  }

  public Token get(int i) {
    Objects.checkIndex(i, size);
    Token t = made[i];
    if (t == null) {
      CommonToken c = new CommonToken(source, types[i], Token.DEFAULT_CHANNEL, starts[i], stops[i]);
      c.setTokenIndex(i);
      made[i] = c;
      t = c;
    }
    return t;
  }

  /** The type of token {@code i}, without making it. */
  int type(int i) {
    Objects.checkIndex(i, size);
    return types[i];
  }

  /** The first code point of token {@code i}. */
  int start(int i) {
    Objects.checkIndex(i, size);
    return starts[i];
  }

  /** The last code point of token {@code i}. */
  int stop(int i) {
    Objects.checkIndex(i, size);
    return stops[i];
  }

  /** The types by token index, for loops that read many; slots past {@link #size} are not tokens. */
  int[] types() {
    return types;
  }

  /** The types of tokens {@code [from, to)}, copied into {@code dest}. */
  void copyTypes(int from, int to, int[] dest) {
    System.arraycopy(types, from, dest, 0, to - from);
  }

  /** The text span covered by tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    checkArgument(from < to, "empty token range");
    return new Span(start(from), stop(to - 1) + 1);
  }

  /** The first token at or after code point {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The token range {@code [from, to)} of the tokens that lie inside a text span. */
  public int[] tokensWithin(Span span) {
    int from = firstAtOrAfter(span.start());
    int to = from;
    while (to < size && stops[to] < span.end()) {
      to++;
    }
    return new int[] {from, to};
  }
}
