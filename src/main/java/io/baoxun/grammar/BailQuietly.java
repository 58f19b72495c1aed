package io.baoxun.grammar;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Gives up at the first token that does not fit, as {@link BailErrorStrategy} does, without the
 * work nobody reads: most attempts of a rule fail, and ANTLR's strategy formats an error message
 * for listeners the matcher does not have and fills a stack trace into every exception. The
 * exceptions keep what {@link GrammarMatcher} reads: the offending token and the expected tokens.
 */
final class BailQuietly extends BailErrorStrategy {
  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    // No listener would hear it.
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) {
    for (ParserRuleContext context = recognizer.getContext(); context != null; context = context.getParent()) {
      context.exception = e;
    }
    throw new Cancelled(e);
  }

  @Override
  public Token recoverInline(Parser recognizer) {
    InputMismatchException e = new Mismatch(recognizer);
    for (ParserRuleContext context = recognizer.getContext(); context != null; context = context.getParent()) {
      context.exception = e;
    }
    throw new Cancelled(e);
  }

  /** A cancelled parse; its stack trace would only say where in ANTLR the text stopped fitting. */
  static final class Cancelled extends ParseCancellationException {
    Cancelled(Throwable cause) {
      super(cause);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  private static final class Mismatch extends InputMismatchException {
    Mismatch(Parser recognizer) {
      super(recognizer);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
