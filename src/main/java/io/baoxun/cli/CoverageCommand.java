package io.baoxun.cli;

import io.baoxun.pipeline.Inputs;
import io.baoxun.regress.Coverage;
import io.baoxun.regress.CoverageReport;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun coverage}: for rule authors, what the pack did on a corpus: rules that never made a
 * fact (and why), grammar rules that never matched, lexicon entries that never occur, and rules
 * that read the same span differently. Exit 0; 2 for a bad pack.
 */
@Command(
    name = "coverage",
    description = "Which rules never fired on a corpus (and why), which grammar rules never matched, which lexicon entries never occur, and which rules read the same span differently.",
    sortOptions = false)
final class CoverageCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--pack", description = "A pack folder holding grammar/ and rules/ (default: the built-in pack).")
  Path pack;

  @CommandLine.ParentCommand Main main;

  @Option(names = "--year", description = "The year of dates printed without one, as for extract.")
  Integer year;

  @Option(names = "--list", defaultValue = "20", description = "How many lexicon entries and conflicts to list at most.")
  int list;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The corpus: files, folders (recursive *.txt), .jsonl files, or -.")
  List<String> paths;

  @Override
  public Integer call() {
    Optional<Pack> loaded = Packs.load(main, pack, spec.commandLine().getErr());
    if (loaded.isEmpty()) {
      return Packs.BAD_PACK;
    }
    Coverage coverage = new Coverage(loaded.get(), year == null ? ReadContext.NONE : ReadContext.ofYear(year));
    new Inputs(paths, System.in).forEachRemaining(coverage::add);
    CoverageReport.print(coverage, spec.commandLine().getOut(), list);
    return 0;
  }
}
