package io.baoxun.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.rule.Pack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The table of the built-in pack's checks in docs/rule-language.md is written by hand; this keeps
 * it honest: every check of rules/ has a row with its severity, and no row names a check that is
 * gone.
 */
class CheckDocsTest {
  @Test
  void everyCheckOfTheBuiltInPackHasItsRowInTheDocs() throws IOException {
    Pack pack = CheckPacks.load(Path.of(""));
    String docs = Files.readString(Path.of("docs/rule-language.md"), StandardCharsets.UTF_8);
    assertThat(pack.checks().all()).isNotEmpty();
    for (CheckSpec c : pack.checks().all()) {
      assertThat(docs).as("docs row for %s", c.id()).contains("| `" + c.id() + "` | " + c.severity().label() + " |");
    }
    java.util.regex.Matcher rows = java.util.regex.Pattern.compile("(?m)^\\| `(bulletin\\.[a-z_]+)` \\|").matcher(docs);
    while (rows.find()) {
      assertThat(pack.checks().byId(rows.group(1))).as("the check %s the docs name", rows.group(1)).isPresent();
    }
  }
}
