package io.baoxun.grammar;

import static com.google.common.base.Preconditions.checkArgument;

import io.baoxun.text.Span;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * The tokens of a normalised text, on the default channel, numbered from 0. Token offsets are code
 * points of the normalised text.
 */
public final class TokenList {
  private final List<Token> tokens;
  /** The tokens' types, read at every token of every region by the start filter. */
  private final int[] types;

  TokenList(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
    this.types = new int[tokens.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = this.tokens.get(i).getType();
    }
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  /** The types of tokens {@code [from, to)}, copied into {@code dest}. */
  void copyTypes(int from, int to, int[] dest) {
    System.arraycopy(types, from, dest, 0, to - from);
  }

  List<Token> asList() {
    return tokens;
  }

  /** The text span covered by tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    checkArgument(from < to, "empty token range");
    return new Span(tokens.get(from).getStartIndex(), tokens.get(to - 1).getStopIndex() + 1);
  }

  /** The first token at or after code point {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).getStartIndex() < offset) {
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
    while (to < tokens.size() && tokens.get(to).getStopIndex() < span.end()) {
      to++;
    }
    return new int[] {from, to};
  }
}
