package io.baoxun.rule;

import io.baoxun.check.CheckSpec;
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

  record Checked(Map<String, FactType> facts, Map<String, RecordType> records, List<Rule> rules, List<CheckSpec> checks) {}

  static Checked check(
      List<RuleFile> files, PackGrammar grammar, List<Lexicon> lexicons, ValueReader values, Problems problems) {
    Declarations decls = Declarations.of(files, problems);
    Map<String, Set<String>> entries = new HashMap<>();
    for (Lexicon l : lexicons) {
      entries.put(l.name(), Set.copyOf(l.entries()));
    }
    Conversions conv = new Conversions(values);
    RuleChecker checker = new RuleChecker(grammar, decls, entries, conv, problems);
    CheckChecker checkChecker = null;
    Map<String, Pos> ids = new HashMap<>();
    List<Rule> rules = new ArrayList<>();
    List<CheckSpec> checks = new ArrayList<>();
    int order = 0;
    for (RuleFile f : files) {
      for (Decl d : f.decls()) {
        if (d instanceof Decl.Rule || d instanceof Decl.Check) {
          Pos first = ids.putIfAbsent(d.name(), d.pos());
          if (first != null) {
            problems.error(d.pos(), "duplicate " + (d instanceof Decl.Rule ? "rule" : "check") + " id '" + d.name() + "' (first declared at " + first + ")");
          }
        }
        if (d instanceof Decl.Rule r) {
          checker.check(r, order++).ifPresent(rules::add);
        } else if (d instanceof Decl.Check c) {
          if (checkChecker == null) {
            checkChecker = new CheckChecker(decls, conv, JavaChecks.load(), problems);
          }
          checkChecker.check(c).ifPresent(checks::add);
        }
      }
    }
    return new Checked(decls.facts(), decls.records(), rules, checks);
  }
}
