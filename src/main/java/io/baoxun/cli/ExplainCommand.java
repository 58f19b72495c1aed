package io.baoxun.cli;

import io.baoxun.rule.Explainer;
import io.baoxun.rule.Pack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun explain}: for one text, the match trees, the rules that fired, and the ones that
 * came close and why they did not fire. Exit 0; 2 for a bad pack or an unknown rule.
 */
@Command(
    name = "explain",
    description = "Show the match trees, which rules fired, which came close and why they failed.",
    sortOptions = false)
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

  @Option(names = "--rule", paramLabel = "ID", description = "Only what concerns this rule.")
  String rule;

  @Parameters(
      paramLabel = "TEXT",
      description = "The text; \\n stands for a line break, as in rule files; - reads standard input.")
  String text;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    java.util.Optional<Pack> found = Packs.load(main, pack, err);
    if (found.isEmpty()) {
      return Packs.BAD_PACK;
    }
    Pack loaded = found.get();
    if (rule != null && loaded.rule(rule).isEmpty()) {
      String near = loaded.nearestRuleId(rule).map(id -> " (did you mean '" + id + "'?)").orElse("");
      err.println("baoxun: unknown rule '" + rule + "'" + near);
      return 2;
    }
    String input =
        text.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : text.replace("\\n", "\n");
    out.print(new Explainer(loaded).explain(input, Optional.ofNullable(rule)));
    return 0;
  }
}
