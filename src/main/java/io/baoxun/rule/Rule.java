package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.rule.ast.Pos;
import io.baoxun.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule of a loaded pack, type-checked and compiled: immutable, shared by all threads.
 *
 * @see <a href="../../../../../docs/rule-language.md">the rule language</a>
 */
public final class Rule {
  private final String id;
  private final String summary;
  private final String grammarRule;
  private final int grammarRuleIndex;
  private final boolean leftmost;
  private final int priority;
  private final int order;
  private final Optional<Code> when;
  private final Optional<Code> span;
  private final FactType type;
  private final Map<String, Code> fields;
  private final Optional<Code> value;
  private final List<RuleExample> examples;
  private final Pos pos;

  Rule(
      String id,
      String summary,
      String grammarRule,
      int grammarRuleIndex,
      boolean leftmost,
      int priority,
      int order,
      Optional<Code> when,
      Optional<Code> span,
      FactType type,
      Map<String, Code> fields,
      Optional<Code> value,
      List<RuleExample> examples,
      Pos pos) {
    this.id = id;
    this.summary = summary;
    this.grammarRule = grammarRule;
    this.grammarRuleIndex = grammarRuleIndex;
    this.leftmost = leftmost;
    this.priority = priority;
    this.order = order;
    this.when = when;
    this.span = span;
    this.type = type;
    this.fields = Map.copyOf(fields);
    this.value = value;
    this.examples = List.copyOf(examples);
    this.pos = pos;
  }

  /** The dotted id, unique in the pack ({@code bulletin.testing_progress}). */
  public String id() {
    return id;
  }

  public String summary() {
    return summary;
  }

  /** The parser rule of the pack grammar this rule matches. */
  public String grammarRule() {
    return grammarRule;
  }

  int grammarRuleIndex() {
    return grammarRuleIndex;
  }

  /**
   * Whether the rule reads no match that starts inside an earlier match of its grammar rule
   * ({@code match r leftmost}): after a match the engine tries the grammar rule for it again only
   * where that match ends, as a regular expression's find-all does.
   */
  public boolean leftmost() {
    return leftmost;
  }

  public int priority() {
    return priority;
  }

  /** The rule's place in the pack (files in sorted order, rules as written): first wins ties. */
  public int order() {
    return order;
  }

  public FactType type() {
    return type;
  }

  public List<RuleExample> examples() {
    return examples;
  }

  /** Where the rule's id is written. */
  public Pos pos() {
    return pos;
  }

  /**
   * Where the fact stands: the whole match, or the element {@code span} names; null when that
   * element is absent or matched no token.
   */
  Span where(Scope s) {
    if (span.isEmpty()) {
      return s.ctx.match.span();
    }
    return span.get().eval(s) instanceof Val.Node n ? s.ctx.spanOf(n.tree()) : null;
  }

  /** Whether the match counts: no {@code when}, or one that is true. */
  boolean accepts(Scope s) {
    return when.isEmpty() || Code.isTrue(when.get().eval(s));
  }

  /**
   * The fields of the fact this rule emits for a match, in the type's order.
   *
   * @throws Rejected when a required field (or the value of a value fact) comes out null
   */
  Map<String, FieldValue> emit(Scope s) {
    if (value.isPresent()) {
      FieldValue v = value.get().eval(s).field();
      if (v instanceof FieldValue.Null) {
        throw new Rejected("the value of " + type.name() + " is null");
      }
      return ValueFields.of(v);
    }
    Map<String, FieldValue> out = new LinkedHashMap<>();
    for (Field f : type.fields()) {
      Code c = fields.get(f.name());
      FieldValue v = c == null ? FieldValue.Null.INSTANCE : c.eval(s).field();
      if (v instanceof FieldValue.Null && !f.optional()) {
        throw new Rejected("required field '" + f.name() + "' is null");
      }
      out.put(f.name(), v);
    }
    return out;
  }

  @Override
  public String toString() {
    return id;
  }
}
