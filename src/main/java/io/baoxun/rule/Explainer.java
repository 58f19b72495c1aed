package io.baoxun.rule;

import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.Attempt;
import io.baoxun.grammar.Match;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.segment.Segmenter;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What {@code baoxun explain} prints for a text, for a linguist: the match trees, the rules that
 * fired and their fields, the matches that did not become facts and why, and the rules that came
 * close, with where their grammar rule stopped fitting and what it expected there.
 */
public final class Explainer {
  private final Pack pack;
  private final Engine engine;

  public Explainer(Pack pack) {
    this.pack = pack;
    this.engine = pack.newEngine();
  }

  /** The report for a text; with a rule id, only what concerns that rule. */
  public String explain(String original, Optional<String> ruleId) {
    NormalizedText text = NormalizedText.of(original);
    Recorder trace = new Recorder();
    Engine.Result result = engine.run(text, new Segmenter().segment(text), ReadContext.NONE, trace);
    List<Rule> rules = ruleId.map(id -> List.of(pack.rule(id).orElseThrow())).orElse(pack.rules());
    Set<String> grammarRules = new HashSet<>();
    rules.forEach(r -> grammarRules.add(r.grammarRule()));

    StringBuilder out = new StringBuilder();
    out.append("text: ").append(Texts.shorten(original, 200)).append('\n');
    if (!text.text().equals(original)) {
      out.append("normalised: ").append(Texts.shorten(text.text(), 200)).append('\n');
    }
    matches(out, trace, grammarRules, text);
    fired(out, result, rules);
    notEmitted(out, result, rules, text);
    closeCalls(out, result, rules, trace, text, ruleId.isPresent());
    return out.toString();
  }

  private void matches(StringBuilder out, Recorder trace, Set<String> grammarRules, NormalizedText text) {
    out.append("\nmatches\n");
    int n = 0;
    for (Match m : trace.matches) {
      if (grammarRules.contains(m.rule())) {
        tree(out, m, m.tree(), 1, text);
        n++;
      }
    }
    if (n == 0) {
      out.append("  (none)\n");
    }
  }

  /** One node per line: {@code label=rule «text»} or {@code label=TOKEN 'text'}, children indented. */
  private void tree(StringBuilder out, Match m, ParseTree node, int depth, NormalizedText text) {
    PackGrammar g = pack.grammar();
    out.append("  ".repeat(depth));
    g.labelOf(node).ifPresent(l -> out.append(l).append('='));
    if (node instanceof TerminalNode t) {
      String name = g.tokenName(t.getSymbol().getType());
      out.append(name.startsWith("'") ? name : name + " '" + t.getText() + "'").append('\n');
      return;
    }
    ParserRuleContext ctx = (ParserRuleContext) node;
    out.append(g.ruleName(ctx.getRuleIndex()));
    Span span = spanOf(ctx);
    out.append(span == null ? " (empty)" : " «" + Texts.shorten(text.slice(span), 60) + "»");
    if (depth == 1) {
      Span o = text.toOriginal(m.span());
      out.append(" [").append(o.start()).append(", ").append(o.end()).append(')');
    }
    out.append('\n');
    if (ctx.children != null) {
      for (ParseTree c : ctx.children) {
        tree(out, m, c, depth + 1, text);
      }
    }
  }

  private static Span spanOf(ParserRuleContext c) {
    if (c.getStart() == null || c.getStop() == null || c.getStop().getTokenIndex() < c.getStart().getTokenIndex()) {
      return null;
    }
    return new Span(c.getStart().getStartIndex(), c.getStop().getStopIndex() + 1);
  }

  private void fired(StringBuilder out, Engine.Result result, List<Rule> rules) {
    out.append("\nfired\n");
    int n = 0;
    for (Fact f : result.facts()) {
      if (rules.stream().noneMatch(r -> r.id().equals(f.rule()))) {
        continue;
      }
      n++;
      out.append("  ").append(f.rule()).append(" → ").append(f.type())
          .append(" [").append(f.span().start()).append(", ").append(f.span().end()).append(") «")
          .append(Texts.shorten(f.text(), 60)).append("»\n");
      int width = f.fields().keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, FieldValue> e : f.fields().entrySet()) {
        out.append("    ").append(String.format("%-" + width + "s", e.getKey())).append(" = ")
            .append(Display.of(e.getValue())).append('\n');
      }
    }
    if (n == 0) {
      out.append("  (none)\n");
    }
  }

  private void notEmitted(StringBuilder out, Engine.Result result, List<Rule> rules, NormalizedText text) {
    List<String> lines = new ArrayList<>();
    for (Rejection r : result.rejected()) {
      if (rules.contains(r.rule())) {
        lines.add(r.rule().id() + " " + at(text, r.match().span()) + ": " + r.reason());
      }
    }
    for (Drop d : result.dropped()) {
      if (rules.contains(d.loser().rule())) {
        lines.add(
            d.loser().rule().id() + " " + at(text, d.loser().span()) + ": lost to " + d.winner().rule().id() + " "
                + at(text, d.winner().span()) + ", " + d.reason());
      }
    }
    if (!lines.isEmpty()) {
      out.append("\nnot emitted\n");
      lines.forEach(l -> out.append("  ").append(l).append('\n'));
    }
  }

  /** {@code «text» [start, end)}: original text and offsets of a normalised span. */
  private static String at(NormalizedText text, Span span) {
    Span o = text.toOriginal(span);
    return "«" + Texts.shorten(text.originalText(span), 40) + "» [" + o.start() + ", " + o.end() + ")";
  }

  private void closeCalls(
      StringBuilder out, Engine.Result result, List<Rule> rules, Recorder trace, NormalizedText text, boolean all) {
    Set<String> fired = new HashSet<>();
    result.facts().forEach(f -> fired.add(f.rule()));
    Set<String> turnedAway = new HashSet<>();
    result.rejected().forEach(r -> turnedAway.add(r.rule().id()));
    result.dropped().forEach(d -> turnedAway.add(d.loser().rule().id()));
    List<String> close = new ArrayList<>();
    List<String> neverStarted = new ArrayList<>();
    for (Rule r : rules) {
      boolean quiet = !fired.contains(r.id()) && !turnedAway.contains(r.id());
      if (!all && !quiet) {
        continue; // it matched somewhere: its near misses elsewhere are noise
      }
      if (trace.close.furthest(r.grammarRule()).isPresent()) {
        close.add(r.id() + " (" + r.grammarRule() + "): " + trace.close.describe(r.grammarRule(), result.tokens(), text));
      } else if (quiet && !trace.started.contains(r.grammarRule())) {
        neverStarted.add(r.id() + " (" + r.grammarRule() + ")");
      }
    }
    if (!close.isEmpty()) {
      out.append("\ncame close\n");
      close.forEach(l -> out.append("  ").append(l).append('\n'));
    }
    if (!neverStarted.isEmpty()) {
      out.append("\nno token of the text can start\n");
      neverStarted.forEach(l -> out.append("  ").append(l).append('\n'));
    }
  }

  /** Keeps the matches (each once) and the furthest failed attempts. */
  private static final class Recorder implements Trace {
    final List<Match> matches = new ArrayList<>();
    final CloseCalls close = new CloseCalls();
    final Set<String> started = new HashSet<>();
    private final Map<String, Boolean> seen = new LinkedHashMap<>();

    @Override
    public void attempted(Attempt a, int regionFrom, int regionTo) {
      started.add(a.rule());
      close.attempted(a, regionFrom, regionTo);
      a.match().ifPresent(m -> {
        if (seen.putIfAbsent(m.rule() + "@" + m.from() + ":" + m.to(), true) == null) {
          matches.add(m);
        }
      });
    }
  }
}
