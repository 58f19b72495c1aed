package io.baoxun.testkit;

import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * The facts of one type that have everything asserted so far. Each {@code with...} narrows the
 * candidates down and fails when none is left, showing what the candidates have instead; so
 * {@code hasFact("Quantity").withField("value", 794000).withField("unit", "人次")} asserts that one
 * Quantity has both.
 */
public final class FactAssert extends AbstractAssert<FactAssert, List<Fact>> {
  private final FactsAssert all;
  private final String type;
  /** What the candidates were chosen by, for messages: "with completed = 794000". */
  private final List<String> chosenBy;

  FactAssert(FactsAssert all, String type, List<Fact> candidates) {
    this(all, type, candidates, List.of());
  }

  private FactAssert(FactsAssert all, String type, List<Fact> candidates, List<String> chosenBy) {
    super(List.copyOf(candidates), FactAssert.class);
    this.all = all;
    this.type = type;
    this.chosenBy = List.copyOf(chosenBy);
  }

  /**
   * Keeps the facts whose field at {@code path} is {@code expected}: a number (compared as a
   * decimal, with a quantity's value whatever its unit), a string (the display form: {@code
   * "莘县"}, {@code "XXXX-03-20T12:00"}, {@code "794000 人次"}, {@code "85.35%"}), a list, or null.
   * A path goes into values: {@code completed.unit}, {@code reporters.0.name}.
   */
  public FactAssert withField(String path, Object expected) {
    return narrow(
        path + " = " + FieldMatch.show(expected),
        f -> FieldMatch.matches(FieldMatch.at(f, path).orElse(null), expected),
        f -> path + ": " + FieldMatch.show(FieldMatch.at(f, path)));
  }

  /** Keeps the facts whose field at {@code path} is a quantity of {@code value} in {@code unit}. */
  public FactAssert withQuantity(String path, Number value, String unit) {
    return narrow(
        path + " = " + FieldMatch.decimal(value).toPlainString() + " " + unit,
        f -> FieldMatch.at(f, path).orElse(null) instanceof FieldValue.Quantity q
            && FieldMatch.matches(q, value)
            && q.unit().equals(unit),
        f -> path + ": " + FieldMatch.show(FieldMatch.at(f, path)));
  }

  /** Keeps the facts whose text (the original slice, line breaks and all) is {@code text}. */
  public FactAssert withText(String text) {
    return narrow("text «" + text + "»", f -> f.text().equals(text), f -> "text «" + f.text() + "»");
  }

  /** Keeps the facts whose text holds {@code part}. */
  public FactAssert withTextContaining(String part) {
    return narrow("text containing «" + part + "»", f -> f.text().contains(part), f -> "text «" + f.text() + "»");
  }

  /** Keeps the facts at code point offsets {@code [start, end)} of the original text. */
  public FactAssert at(int start, int end) {
    return narrow(
        "span " + start + "-" + end,
        f -> f.span().start() == start && f.span().end() == end,
        f -> "span " + f.span().start() + "-" + f.span().end());
  }

  /** Keeps the facts the rule {@code ruleId} made. */
  public FactAssert fromRule(String ruleId) {
    return narrow("from " + ruleId, f -> f.rule().equals(ruleId), f -> "from " + f.rule());
  }

  /** Asserts that exactly one fact has everything asked so far. */
  public FactAssert isUnique() {
    if (actual.size() != 1) {
      failWithMessage("%s", "Expecting one " + described(false) + ", but there are " + actual.size() + ":\n" + list(actual));
    }
    return this;
  }

  /** The first fact that has everything asked so far, for assertions of one's own. */
  public Fact fact() {
    return actual.get(0);
  }

  /** Back to all the facts, to assert on another type. */
  public FactsAssert and() {
    return all;
  }

  private FactAssert narrow(String condition, Predicate<Fact> keep, Function<Fact, String> instead) {
    List<Fact> kept = actual.stream().filter(keep).toList();
    List<String> by = new ArrayList<>(chosenBy);
    by.add(condition);
    if (kept.isEmpty()) {
      String was = actual.stream()
          .map(f -> "  " + head(f) + " " + instead.apply(f))
          .collect(Collectors.joining("\n"));
      String those = actual.size() == 1
          ? "the one " + described(false) + " has"
          : "the " + actual.size() + " " + described(true) + " have";
      failWithMessage("%s", "Expecting a " + type + " fact with " + String.join(" and ", by) + ", but " + those + ":\n" + was);
    }
    return new FactAssert(all, type, kept, by);
  }

  private String described(boolean plural) {
    return type + (plural ? " facts" : " fact") + (chosenBy.isEmpty() ? "" : " with " + String.join(" and ", chosenBy));
  }

  /** One line per fact: where it is, its text, its fields. */
  static String list(List<Fact> facts) {
    return facts.stream().map(f -> "  " + head(f) + " " + Display.record(f.fields())).collect(Collectors.joining("\n"));
  }

  private static String head(Fact f) {
    return f.type() + " " + f.span().start() + "-" + f.span().end() + " «" + f.text().replace("\n", "⏎") + "»";
  }
}
