package io.baoxun.cli;

import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.Inputs;
import io.baoxun.regress.EvaluationReport;
import io.baoxun.regress.Evaluator;
import io.baoxun.regress.FactRecords;
import io.baoxun.regress.GoldFact;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code baoxun eval}: precision, recall and F1 of today's output against gold facts. */
@Command(name = "eval", description = "Precision, recall and F1 per fact type and field against gold facts.")
final class EvalCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--gold", required = true, description = "Gold facts: a .jsonl file or a folder of them.")
  Path gold;

  @Option(names = "--types", split = ",", description = "Only these fact types (default: every type the gold has).")
  Set<String> types;

  @Option(names = "--list", defaultValue = "50", description = "How many misses and false alarms to list.")
  int list;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The inputs the gold describes.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<GoldFact> goldFacts = FactRecords.read(gold);
    Set<String> wanted =
        types != null ? types : goldFacts.stream().map(GoldFact::type).collect(java.util.stream.Collectors.toSet());
    List<GoldFact> predicted = new ArrayList<>();
    java.util.Optional<io.baoxun.rule.Pack> loaded = Packs.load(pack, spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    new CorpusRunner(
            new DocumentProcessor(loaded.get(), io.baoxun.rule.ReadContext.NONE),
            Runtime.getRuntime().availableProcessors())
        .run(new Inputs(paths, System.in), r -> predicted.addAll(FactRecords.of(r)));
    EvaluationReport.print(new Evaluator(wanted::contains).evaluate(goldFacts, predicted), out, list);
    return 0;
  }
}
