package io.baoxun.grammar;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a pack's {@code lexicons/} folder: one {@code name.txt} per lexicon, one entry per line,
 * {@code #} starts a comment, blank lines are ignored.
 *
 * <p>Entries are normalised like the documents (full-width folded, spaces dropped), so an author
 * may write them either way and they still match.
 */
public final class LexiconLoader {
  private LexiconLoader() {}

  public static List<Lexicon> load(Path dir, GrammarLoader.Display display) throws PackException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new PackException(
          List.of(Diagnostic.error(display.name(dir), 0, 0, "cannot read: " + e.getMessage())));
    }
    List<Lexicon> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path f : files) {
      String file = f.getFileName().toString();
      String name = file.substring(0, file.length() - ".txt".length());
      if (!Lexicon.isValidName(name)) {
        problems.add(
            Diagnostic.error(display.name(f), 0, 0, "a lexicon file name must be lower-case letters, digits and _ (e.g. units.txt)"));
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        problems.add(Diagnostic.error(display.name(f), 0, 0, "cannot read as UTF-8: " + e.getMessage()));
        continue;
      }
      List<String> entries = new ArrayList<>();
      for (String line : lines) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          entries.add(NormalizedText.of(entry).text());
        }
      }
      out.add(new Lexicon(name, display.name(f), entries));
    }
    if (!problems.isEmpty()) {
      throw new PackException(problems);
    }
    return out;
  }
}
