package io.baoxun.value;

import io.baoxun.diag.PackException;
import io.baoxun.grammar.PackGrammar;
import java.nio.file.Path;

/** The repository's own pack, loaded once for all tests (loading runs ANTLR's tool). */
final class TestPack {
  static final Path DIR = Path.of(".");

  private static PackGrammar grammar;

  private TestPack() {}

  static synchronized PackGrammar grammar() {
    if (grammar == null) {
      try {
        grammar = ValuePack.load(DIR);
      } catch (PackException e) {
        throw new AssertionError("the built-in pack does not load:\n" + e.getMessage(), e);
      }
    }
    return grammar;
  }
}
