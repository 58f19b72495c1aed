package io.baoxun.rule;

import io.baoxun.check.CheckSet;
import io.baoxun.grammar.Lexicon;
import io.baoxun.grammar.PackGrammar;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded pack: grammar, lexicons, fact types, records and compiled rules. Immutable and shared by
 * all threads (like ANTLR's ATN); per-thread work goes through {@link #newEngine()}.
 */
public final class Pack {
  private final Path dir;
  private final PackGrammar grammar;
  private final List<Lexicon> lexicons;
  private final Map<String, FactType> facts;
  private final Map<String, RecordType> records;
  private final List<Rule> rules;
  private final Map<String, Rule> byId;
  private final ValueReader values;
  private final CheckSet checks;

  Pack(
      Path dir,
      PackGrammar grammar,
      List<Lexicon> lexicons,
      Map<String, FactType> facts,
      Map<String, RecordType> records,
      List<Rule> rules,
      CheckSet checks,
      ValueReader values) {
    this.dir = dir;
    this.grammar = grammar;
    this.lexicons = List.copyOf(lexicons);
    this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    this.records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
    this.rules = List.copyOf(rules);
    Map<String, Rule> ids = new LinkedHashMap<>();
    rules.forEach(r -> ids.put(r.id(), r));
    this.byId = Collections.unmodifiableMap(ids);
    this.values = values;
    this.checks = checks;
  }

  /** The pack folder as the user named it; diagnostics and example names are relative to it. */
  public Path dir() {
    return dir;
  }

  public PackGrammar grammar() {
    return grammar;
  }

  public List<Lexicon> lexicons() {
    return lexicons;
  }

  /** The fact types by name, in declaration order. */
  public Map<String, FactType> factTypes() {
    return facts;
  }

  public Map<String, RecordType> recordTypes() {
    return records;
  }

  /** The rules in pack order: rule files in sorted order, rules as written. */
  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> rule(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The id of the rule nearest to a mistyped one, for "did you mean". */
  public Optional<String> nearestRuleId(String id) {
    return Suggest.nearest(id, byId.keySet());
  }

  /** The checks (validators) of the pack, in the order they are written. */
  public CheckSet checks() {
    return checks;
  }

  public ValueReader values() {
    return values;
  }

  /** An engine for one thread. */
  public Engine newEngine() {
    return new Engine(this);
  }
}
