package io.baoxun.cli;

import io.baoxun.check.CheckSet;
import io.baoxun.io.BratWriter;
import io.baoxun.io.CsvWriter;
import io.baoxun.io.ResultWriter;
import io.baoxun.pipeline.CheckedRun;
import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.Input;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

/** The output formats of {@code extract} that write a folder of files: brat and csv. */
final class FolderFormats {
  private FolderFormats() {}

  static boolean isFolderFormat(String format) {
    return format.equals("brat") || format.equals("csv");
  }

  static CheckedRun.Outcome run(String format, Path dir, CorpusRunner runner, CheckSet checks, Iterator<Input> inputs)
      throws IOException {
    if (format.equals("brat")) {
      // brat needs each document's text beside its annotations; results do not carry it.
      BratWriter.Sources sources = new BratWriter.Sources(inputs);
      try (ResultWriter writer = new BratWriter(dir, sources)) {
        return CheckedRun.run(runner, checks, sources, writer);
      }
    }
    try (ResultWriter writer = new CsvWriter(dir)) {
      return CheckedRun.run(runner, checks, inputs, writer);
    }
  }
}
