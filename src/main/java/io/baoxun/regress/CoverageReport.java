package io.baoxun.regress;

import io.baoxun.fact.Display;
import io.baoxun.grammar.Lexicon;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a {@link Coverage} for a rule author: what never fired, and why; what conflicts. */
public final class CoverageReport {
  private CoverageReport() {}

  /** @param limit how many lexicon entries and conflicts to list at most */
  public static void print(Coverage c, PrintWriter out, int limit) {
    out.println("coverage on " + c.documents() + " document(s)"
        + (c.unreadable().isEmpty() ? "" : ", " + c.unreadable().size() + " unreadable"));
    c.unreadable().forEach(u -> out.println("  cannot read " + u));

    List<Coverage.RuleUse> rules = c.rules();
    List<Coverage.RuleUse> silent = rules.stream().filter(r -> r.facts() == 0).toList();
    out.println();
    out.println("rules: " + (rules.size() - silent.size()) + " of " + rules.size() + " made facts");
    int width = rules.stream().mapToInt(r -> r.rule().id().length()).max().orElse(4);
    out.println(String.format(Locale.ROOT, "  %-" + width + "s %8s %8s %8s %8s", "rule", "matched", "rejected", "dropped", "facts"));
    for (Coverage.RuleUse r : rules) {
      out.println(String.format(Locale.ROOT, "  %-" + width + "s %8d %8d %8d %8d",
          r.rule().id(), r.matched(), r.rejected(), r.dropped(), r.facts()));
    }
    if (!silent.isEmpty()) {
      out.println();
      out.println("rules that never made a fact (" + silent.size() + "):");
      for (Coverage.RuleUse r : silent) {
        out.println("  " + r.rule().id() + " (" + r.rule().pos().file() + ":" + r.rule().pos().line() + "): " + why(r));
      }
    }

    Map<String, Integer> grammar = c.grammarRules();
    List<String> unmatched = grammar.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    out.println();
    out.println("grammar rules: " + (grammar.size() - unmatched.size()) + " of " + grammar.size()
        + " matched" + (unmatched.isEmpty() ? "" : "; never matched: " + String.join(", ", unmatched)));

    out.println();
    out.println("lexicon entries that occur nowhere in the corpus (normalised text):");
    boolean any = false;
    for (Map.Entry<Lexicon, List<String>> e : c.unseenLexiconEntries().entrySet()) {
      List<String> entries = e.getValue();
      if (entries.isEmpty()) {
        continue;
      }
      any = true;
      String shown = entries.stream().limit(limit).collect(Collectors.joining(" "));
      out.println("  " + e.getKey().file() + ": " + entries.size() + " of " + e.getKey().entries().size() + ": " + shown
          + (entries.size() > limit ? " ..." : ""));
    }
    if (!any) {
      out.println("  none");
    }

    List<Coverage.Conflict> conflicts = c.conflicts();
    out.println();
    out.println("conflicts: rules that read the same span differently (" + conflicts.size() + "):");
    for (Coverage.Conflict k : conflicts.stream().limit(limit).toList()) {
      out.println("  " + k.doc() + ":" + k.span().start() + "-" + k.span().end() + " " + k.type()
          + " «" + k.text().replace("\n", "⏎") + "»");
      for (Coverage.Reading r : k.readings()) {
        out.println("    " + (r.kept() ? "kept " : "lost ") + r.rule() + " " + Display.record(r.fields()));
      }
    }
    if (conflicts.size() > limit) {
      out.println("  ... " + (conflicts.size() - limit) + " more");
    }
  }

  /** Why a rule made no fact: no match, or what became of its matches. */
  private static String why(Coverage.RuleUse r) {
    if (r.matched() == 0) {
      return "its grammar rule " + r.rule().grammarRule() + " never matched";
    }
    StringBuilder s = new StringBuilder("matched " + r.matched() + " time(s)");
    r.rejectedBecause().forEach((reason, n) -> s.append("; rejected ").append(n).append(": ").append(reason));
    r.lostTo().forEach((winner, n) -> s.append("; lost ").append(n).append(" to ").append(winner));
    return s.toString();
  }
}
