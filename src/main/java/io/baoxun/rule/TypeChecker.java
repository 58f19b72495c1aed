package io.baoxun.rule;

import io.baoxun.grammar.Lexicon;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.rule.ast.Decl;
import io.baoxun.rule.ast.Pos;
import io.baoxun.rule.ast.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a pack's rule files against each other and against the grammar, and compiles the rules.
 * Reports every problem; the result is usable only when none were reported.
 */
final class TypeChecker {
  private TypeChecker() {}

  record Checked(Map<String, FactType> facts, Map<String, RecordType> records, List<Rule> rules) {}

  static Checked check(
      List<RuleFile> files, PackGrammar grammar, List<Lexicon> lexicons, ValueReader values, Problems problems) {
    Declarations decls = Declarations.of(files, problems);
    Map<String, Set<String>> entries = new HashMap<>();
    for (Lexicon l : lexicons) {
      entries.put(l.name(), Set.copyOf(l.entries()));
    }
    RuleChecker checker = new RuleChecker(grammar, decls, entries, new Conversions(values), problems);
    Map<String, Pos> ids = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    int order = 0;
    for (RuleFile f : files) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Rule r) {
          Pos first = ids.putIfAbsent(r.name(), r.pos());
          if (first != null) {
            problems.error(r.pos(), "duplicate rule id '" + r.name() + "' (first declared at " + first + ")");
          }
          checker.check(r, order++).ifPresent(rules::add);
        }
      }
    }
    return new Checked(decls.facts(), decls.records(), rules);
  }
}
