package io.baoxun.value;

import io.baoxun.diag.PackException;
import io.baoxun.grammar.GrammarLoader;
import io.baoxun.grammar.Lexicon;
import io.baoxun.grammar.LexiconLoader;
import io.baoxun.grammar.PackGrammar;
import java.nio.file.Path;
import java.util.List;

/** Loads the grammar of a pack folder: {@code grammar/*.g4} with the lexicons of {@code rules/lexicons/}. */
public final class ValuePack {
  private ValuePack() {}

  public static PackGrammar load(Path packDir) throws PackException {
    GrammarLoader.Display display = p -> display(packDir, p);
    List<Lexicon> lexicons = LexiconLoader.load(packDir.resolve("rules").resolve("lexicons"), display);
    return GrammarLoader.load(packDir.resolve("grammar"), lexicons, display);
  }

  /** A pack file as a user sees it: relative to the pack folder, with forward slashes. */
  static String display(Path packDir, Path p) {
    Path rel = p.isAbsolute() && packDir.toAbsolutePath().normalize().equals(packDir.toAbsolutePath().normalize())
        ? packDir.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize())
        : packDir.relativize(p);
    String s = rel.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
