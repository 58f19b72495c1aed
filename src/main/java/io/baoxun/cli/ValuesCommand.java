package io.baoxun.cli;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.io.ValueJson;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import io.baoxun.value.ValueFinder;
import io.baoxun.value.ValuePack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code baoxun values}: for each input line, one JSON array of the values found in it (CONTRACT.md).
 */
@Command(
    name = "values",
    description = "Show the numbers, quantities, percents and times found in each input line, one JSON array per line.")
final class ValuesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--reference", paramLabel = "DATETIME",
      description = "ISO date or date-time that anchors relative expressions (昨天, 今年).")
  String reference;

  @Option(names = "--pack", paramLabel = "DIR",
      description = "The pack whose grammar/ and rules/lexicons/ to use (default: the built-in pack).")
  Path pack;

  @Parameters(arity = "0..1", paramLabel = "FILE|-", defaultValue = "-",
      description = "The input, or - for standard input (default).")
  String input;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<LocalDate> ref;
    try {
      ref = reference == null ? Optional.empty() : Optional.of(parseReference(reference));
    } catch (DateTimeParseException e) {
      err.println("baoxun values: --reference: not an ISO date or date-time: " + reference);
      return 2;
    }
    ValueFinder finder;
    try {
      finder = new ValueFinder(ValuePack.load(io.baoxun.rule.PackLocation.resolve(pack)));
    } catch (PackException e) {
      for (Diagnostic d : e.diagnostics()) {
        err.println(d.render());
      }
      return 2;
    }
    byte[] bytes;
    try {
      bytes = input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input));
    } catch (NoSuchFileException e) {
      err.println("baoxun values: no such file: " + input);
      return 2;
    } catch (IOException e) {
      err.println("baoxun values: cannot read " + input + ": " + e.getMessage());
      return 2;
    }
    DecodeResult decoded = Decoder.decode(bytes);
    if (decoded instanceof DecodeResult.Undecodable u) {
      err.println("baoxun values: " + input + ": " + u.message());
      return 2;
    }
    String text = ((DecodeResult.Decoded) decoded).text();
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty() && bytes.length == 0) {
      out.flush();
      return 0;
    }
    for (String line : text.split("\n", -1)) {
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      NormalizedText nt = NormalizedText.of(line);
      out.println(ValueJson.line(finder.find(nt.text(), ref), nt));
    }
    out.flush();
    return 0;
  }

  /** 2022-03-18, 2022-03-18T10:00[:00], or with an offset; only the date anchors anything. */
  static LocalDate parseReference(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toLocalDate();
      } catch (DateTimeParseException e2) {
        return OffsetDateTime.parse(s).toLocalDate();
      }
    }
  }
}
