package io.baoxun.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.rule.ast.RuleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzzing of the rule language: the built-in pack's rule files, damaged line by line and token by
 * token, are parsed and type-checked against the built-in grammar. A rule author's mistake, however
 * odd, gets diagnostics at a place in the file, never an exception.
 *
 * <p>Short in {@code mvn -B verify}; {@code fuzz-long} many times longer (docs/robustness.md).
 */
class RuleFileFuzzTest {
  /** What an editor slip or a bad merge leaves in a rule file. */
  private static final List<String> PIECES = List.of(
      "{", "}", "(", ")", "[", "]", "\"", "'", "\\", "$", "$$", "$x", "??", "==", "=", ".", ",", ":", "|", "?", "<", ">",
      "rule", "type", "record", "nested", "check", "match", "emit", "when", "example", "not", "for", "in", "as",
      "lookup(", "person(", "null", "and", "or", "list<", "text", "quantity", "#", "\n", "\r\n", "\t", "\u3000",
      "\u0000", "\uFEFF", "\uD800", "截至", "«", "»", "-1", "1e999", "99999999999999999999999", "0.000",
      "x".repeat(5000),
      "(".repeat(3000) + "1" + ")".repeat(3000),
      "[".repeat(3000),
      "1 + ".repeat(5000) + "1",
      "a ?? ".repeat(5000) + "null",
      "not ".repeat(5000) + "true",
      "\"" + "\\u".repeat(100) + "\"");

  private static Pack pack;
  private static List<String> names;
  private static List<String> texts;

  private static synchronized void load() {
    if (pack != null) {
      return;
    }
    try {
      pack = PackLoader.load(Path.of("."));
    } catch (PackException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    names = new ArrayList<>();
    texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".rules")).sorted().toList()) {
        names.add("rules/" + p.getFileName());
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One edit of a rule file's text, at places given as fractions of its length. */
  record Edit(int kind, double at, double to, String piece) {
    String apply(String text) {
      List<String> lines = new ArrayList<>(text.lines().toList());
      int n = text.length();
      int i = index(at, n);
      int j = Math.min(n, i + index(to, Math.min(200, n - i)));
      if (lines.isEmpty() && kind >= 2 && kind <= 4) {
        return text;
      }
      return switch (kind) {
        case 0 -> text.substring(0, i) + piece + text.substring(i); // insert
        case 1 -> text.substring(0, i) + text.substring(j); // delete a stretch
        case 2 -> { // delete a line
          lines.remove(index(at, lines.size() - 1));
          yield String.join("\n", lines);
        }
        case 3 -> { // duplicate a line
          int l = index(at, lines.size() - 1);
          lines.add(l, lines.get(l));
          yield String.join("\n", lines);
        }
        case 4 -> { // swap two lines
          int a = index(at, lines.size() - 1);
          int b = index(to, lines.size() - 1);
          String x = lines.get(a);
          lines.set(a, lines.get(b));
          lines.set(b, x);
          yield String.join("\n", lines);
        }
        default -> text.substring(0, i); // cut short
      };
    }
  }

  private static int index(double at, int length) {
    return Math.max(0, Math.min(length, (int) Math.floor(at * length)));
  }

  @Provide
  Arbitrary<List<Object>> damaged() {
    Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
    Arbitrary<Edit> edit =
        Combinators.combine(
                Arbitraries.frequency(
                    net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(3, 1), net.jqwik.api.Tuple.of(2, 2),
                    net.jqwik.api.Tuple.of(2, 3), net.jqwik.api.Tuple.of(2, 4), net.jqwik.api.Tuple.of(1, 5)),
                at, at, Arbitraries.of(PIECES))
            .as(Edit::new);
    return Combinators.combine(Arbitraries.integers().between(0, 3), edit.list().ofMinSize(1).ofMaxSize(4))
        .as((file, edits) -> List.of(file, edits));
  }

  @Property(tries = 250)
  void damagedRuleFilesGiveDiagnostics(@ForAll("damaged") List<Object> damage) {
    check(damage);
  }

  @Property(tries = 50_000)
  @Tag("fuzz-long")
  void damagedRuleFilesGiveDiagnosticsLong(@ForAll("damaged") List<Object> damage) {
    check(damage);
  }

  /** The test pack's files a damaged copy may have damaged: grammar, rules and lexicons. */
  private static final List<String> PACK_FILES = List.of(
      "grammar/News.g4", "rules/progress.rules", "rules/people.rules", "rules/lexicons/units.txt", "rules/lexicons/roles.txt");

  @Provide
  Arbitrary<List<Object>> damagedPack() {
    return damaged();
  }

  /** Whole packs, loaded as extract loads them: they load, or say why at a place in a file. */
  @Property(tries = 50)
  void damagedPacksLoadOrSayWhy(@ForAll("damagedPack") List<Object> damage) throws IOException {
    checkPack(damage);
  }

  @Property(tries = 3_000)
  @Tag("fuzz-long")
  void damagedPacksLoadOrSayWhyLong(@ForAll("damagedPack") List<Object> damage) throws IOException {
    checkPack(damage);
  }

  @SuppressWarnings("unchecked")
  private static void checkPack(List<Object> damage) throws IOException {
    Path dir = Files.createTempDirectory("baoxun-fuzz-pack");
    try {
      TestPacks.copy("testpack", dir);
      String name = PACK_FILES.get((Integer) damage.get(0) % PACK_FILES.size());
      Path file = dir.resolve(name);
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Edit e : (List<Edit>) damage.get(1)) {
        text = e.apply(text);
      }
      Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes ?
      try {
        PackLoader.load(dir, new TestValues());
      } catch (PackException e) {
        assertThat(e.diagnostics()).isNotEmpty();
        for (Diagnostic d : e.diagnostics()) {
          assertThat(d.file()).startsWith(dir.toString());
          assertThat(d.render()).doesNotContain("Exception");
          assertThat(d.message()).isNotBlank();
        }
      }
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void check(List<Object> damage) {
    load();
    int file = (Integer) damage.get(0) % names.size();
    String text = texts.get(file);
    for (Edit e : (List<Edit>) damage.get(1)) {
      text = e.apply(text);
    }
    Problems problems = new Problems();
    List<RuleFile> files = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Optional<RuleFile> parsed = RuleFileParser.parse(names.get(i), i == file ? text : texts.get(i), problems);
      parsed.ifPresent(files::add);
    }
    if (problems.isEmpty()) {
      TypeChecker.check(files, pack.grammar(), pack.lexicons(), pack.values(), problems);
    }
    int lines = (int) text.lines().count() + 1;
    for (Diagnostic d : problems.diagnostics()) {
      assertThat(names).contains(d.file());
      assertThat(d.line()).isLessThanOrEqualTo(d.file().equals(names.get(file)) ? lines : Integer.MAX_VALUE);
      assertThat(d.render()).startsWith(d.file()).doesNotContain("Exception");
      assertThat(d.message()).isNotBlank().doesNotContain("\n");
    }
  }
}
