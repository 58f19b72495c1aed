package io.baoxun.regress;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link Evaluation} as tables a rule author reads at a glance. */
public final class EvaluationReport {
  private EvaluationReport() {}

  public static void print(Evaluation e, PrintWriter out, int listLimit) {
    out.println(String.format(Locale.ROOT, "%-16s %27s   %27s", "", "strict", "lenient"));
    out.println(String.format(Locale.ROOT, "%-16s %5s %5s %5s %4s %4s %4s   %5s %5s %5s",
        "type", "P", "R", "F1", "tp", "fp", "fn", "P", "R", "F1"));
    for (Map.Entry<String, Scores> s : e.strict().entrySet()) {
      row(out, s.getKey(), s.getValue(), e.lenient().get(s.getKey()));
    }
    row(out, "micro", e.microStrict(), e.microLenient());
    out.println(String.format(Locale.ROOT, "%-16s %17.3f %21s %5.3f", "macro F1", e.macroStrictF1(), "", e.macroLenientF1()));
    out.println();
    out.println("fields (among span-matched facts):");
    for (Map.Entry<String, Map<String, Scores>> t : e.fields().entrySet()) {
      for (Map.Entry<String, Scores> f : t.getValue().entrySet()) {
        Scores s = f.getValue();
        out.println(String.format(Locale.ROOT, "  %-28s P %5.3f  R %5.3f  F1 %5.3f",
            t.getKey() + "." + f.getKey(), s.precision(), s.recall(), s.f1()));
      }
    }
    list(out, "misses", e.misses(), listLimit);
    list(out, "false alarms", e.falseAlarms(), listLimit);
  }

  private static void row(PrintWriter out, String name, Scores s, Scores l) {
    out.println(String.format(Locale.ROOT, "%-16s %5.3f %5.3f %5.3f %4d %4d %4d   %5.3f %5.3f %5.3f",
        name, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn(), l.precision(), l.recall(), l.f1()));
  }

  private static void list(PrintWriter out, String title, List<GoldFact> facts, int limit) {
    out.println();
    out.println(title + " (" + facts.size() + "):");
    facts.stream().limit(limit).forEach(f -> out.println(
        "  " + f.doc() + ":" + f.span().start() + "-" + f.span().end() + " " + f.type()
            + " «" + f.text().replace("\n", "⏎") + "» " + f.fields()));
    if (facts.size() > limit) {
      out.println("  ... " + (facts.size() - limit) + " more");
    }
  }
}
