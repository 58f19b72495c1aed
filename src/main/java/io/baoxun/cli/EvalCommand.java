package io.baoxun.cli;

import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.Inputs;
import io.baoxun.regress.EvaluationReport;
import io.baoxun.regress.Evaluator;
import io.baoxun.regress.FactRecords;
import io.baoxun.regress.Gold;
import io.baoxun.regress.GoldFact;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun eval}: precision, recall and F1 of today's output against gold facts, given as
 * JSON Lines or as brat standoff ({@code .ann} beside {@code .txt}). Exit 0; 2 for gold that does
 * not read and for a bad pack.
 */
@Command(name = "eval", description = "Precision, recall and F1 per fact type and field against gold facts.")
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "GOLD",
      description = "Gold facts: a .jsonl file, a brat .ann file (beside its .txt), or a folder of either; may be repeated.")
  List<Path> gold;

  @Option(names = "--types", split = ",", description = "Only these fact types (default: every type the gold has).")
  Set<String> types;

  @Option(names = "--list", defaultValue = "50", description = "How many misses and false alarms to list.")
  int list;

  @Option(names = "--year", description = "The year of dates printed without one, as for extract.")
  Integer year;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The inputs the gold describes.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldFact> goldFacts = new ArrayList<>();
    for (Path g : gold) {
      try {
        goldFacts.addAll(Gold.read(g));
      } catch (IOException | java.io.UncheckedIOException e) {
        err.println("baoxun: gold: " + e.getMessage());
        return 2;
      }
    }
    Set<String> wanted = types != null ? types : goldFacts.stream().map(GoldFact::type).collect(Collectors.toSet());
    Optional<Pack> loaded = Packs.load(main, pack, err);
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    List<GoldFact> predicted = new ArrayList<>();
    Set<String> docs = new LinkedHashSet<>();
    ReadContext context = year == null ? ReadContext.NONE : ReadContext.ofYear(year);
    new CorpusRunner(new DocumentProcessor(loaded.get(), context), Runtime.getRuntime().availableProcessors())
        .run(new Inputs(paths, System.in), r -> {
          docs.add(r.doc());
          predicted.addAll(FactRecords.of(r));
        });
    Gold.Aligned aligned = Gold.align(goldFacts, docs);
    if (!aligned.unmatched().isEmpty()) {
      // Their facts still count as misses: the run was asked to find them.
      err.println("baoxun: warning: the gold describes " + aligned.unmatched().size()
          + " document(s) that are not among the inputs: " + String.join(", ", aligned.unmatched()));
    }
    EvaluationReport.print(new Evaluator(wanted::contains).evaluate(aligned.facts(), predicted), out, list);
    return 0;
  }
}
