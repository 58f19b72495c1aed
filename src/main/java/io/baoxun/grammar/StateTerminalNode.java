package io.baoxun.grammar;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/** A matched token that remembers the grammar position (ATN state) that matched it. */
final class StateTerminalNode extends TerminalNodeImpl {
  final int atnState;

  StateTerminalNode(Token symbol, int atnState) {
    super(symbol);
    this.atnState = atnState;
  }
}
