package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.GrammarMatcher;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The value layer as the rule engine sees it: which grammar rules are value rules, and how to read
 * a matched node of one into a value (518.3万人次 into {@code 5183000 人次}).
 *
 * <p>The type checker asks {@link #kindOf} when a pack loads, so that {@code completed = $done}
 * type-checks exactly when {@code done} labels a quantity rule; the engine calls {@link #read} for
 * each such element it converts. Implementations are immutable and shared by all threads.
 */
public interface ValueReader {
  /** The kind of value a parser rule of the grammar reads into, if it is a value rule. */
  Optional<ValueKind> kindOf(String grammarRule);

  /**
   * Reads a node of a value rule.
   *
   * @param node a rule node whose rule {@link #kindOf} named
   * @param tokens the document's tokens (the node's tokens index into them)
   * @return the value, of the kind {@link #kindOf} promised, or {@link FieldValue.Null} when the
   *     text cannot be read (the engine then treats the element as absent)
   */
  FieldValue read(PackGrammar grammar, ParseTree node, TokenList tokens, ReadContext context);

  /**
   * The date an article's dateline gives (本报1月11日讯), for {@code article.date} and as the
   * reference of relative times in that article.
   *
   * @param from the dateline's first token
   * @param to one past its last token
   */
  default Optional<FieldValue.Time> datelineDate(
      PackGrammar grammar, GrammarMatcher matcher, TokenList tokens, int from, int to, ReadContext context) {
    return Optional.empty();
  }

  /** No value rules: every element is text. */
  ValueReader NONE =
      new ValueReader() {
        @Override
        public Optional<ValueKind> kindOf(String grammarRule) {
          return Optional.empty();
        }

        @Override
        public FieldValue read(PackGrammar grammar, ParseTree node, TokenList tokens, ReadContext context) {
          return FieldValue.Null.INSTANCE;
        }
      };

  /** The value layer packs are loaded with by default: {@code io.baoxun.value}. */
  static ValueReader builtIn() {
    return new BuiltInValues();
  }
}
