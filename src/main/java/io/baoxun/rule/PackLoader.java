package io.baoxun.rule;

import io.baoxun.check.CheckSet;
import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import io.baoxun.grammar.GrammarLoader;
import io.baoxun.grammar.Lexicon;
import io.baoxun.grammar.LexiconLoader;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.rule.ast.RuleFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Loads a pack folder: {@code grammar/} (with the lexicons of {@code rules/lexicons/}), then every
 * {@code rules/*.rules} file in sorted order, parsed and type-checked. Every problem found is
 * reported at once, in a {@link PackException}, at {@code file:line:column}.
 */
public final class PackLoader {
  private PackLoader() {}

  /** Loads with the built-in value layer. */
  public static Pack load(Path packDir) throws PackException {
    return load(packDir, ValueReader.builtIn());
  }

  /** A pack loading on a thread of its own ({@link #start}). */
  public static final class Loading {
    private final CompletableFuture<Pack> pack;

    private Loading(CompletableFuture<Pack> pack) {
      this.pack = pack;
    }

    /** The pack, once loaded; what the load threw is thrown here, as {@link #load} throws it. */
    public Pack get() throws PackException {
      return join(pack);
    }
  }

  /**
   * Starts loading a pack, with the built-in value layer, on a daemon thread (so that a command
   * can parse its own arguments meanwhile).
   */
  public static Loading start(Path packDir) {
    return new Loading(onThread("baoxun-pack", () -> load(packDir)));
  }

  public static Pack load(Path packDir, ValueReader values) throws PackException {
    GrammarLoader.Display display = file -> show(packDir, file);
    String shownDir = packDir.toString().isEmpty() ? "." : packDir.toString();
    if (!Files.isDirectory(packDir.toString().isEmpty() ? Path.of(".") : packDir)) {
      throw new PackException(List.of(Diagnostic.error(shownDir, 0, 0, "no pack folder here")));
    }
    Path grammarDir = packDir.resolve("grammar");
    Path rulesDir = packDir.resolve("rules");
    List<Diagnostic> early = new ArrayList<>();
    for (Path required : List.of(grammarDir, rulesDir)) {
      if (!Files.isDirectory(required)) {
        early.add(Diagnostic.error(shownDir, 0, 0, "a pack needs a " + required.getFileName() + "/ folder; there is none"));
      }
    }
    early.addAll(PackBoundary.outside(packDir));
    if (!early.isEmpty()) {
      throw new PackException(early);
    }

    // The lexicons and grammar, and the rule files, do not depend on each other until the type
    // check: the first are read on a helper thread while this one parses the second. They are
    // most of a start (the grammar alone is a second when ANTLR's tool has to run).
    CompletableFuture<GrammarPart> grammarPart =
        onThread("baoxun-pack-grammar", () -> loadGrammar(grammarDir, rulesDir, display));

    Problems problems = new Problems();
    List<RuleFile> files = new ArrayList<>();
    for (Path f : ruleFiles(rulesDir, display, problems)) {
      String name = display.name(f);
      String text = read(f, name, problems);
      if (text != null) {
        RuleFileParser.parse(name, text, problems).ifPresent(files::add);
      }
    }
    GrammarPart part = join(grammarPart);
    problems.addFirst(part.problems());
    List<Lexicon> lexicons = part.lexicons();
    PackGrammar grammar = part.grammar();
    // Type-checking against a grammar that did not load, or beside a file that did not parse,
    // would only report the same mistakes again in other words.
    if (!problems.isEmpty()) {
      throw new PackException(problems.diagnostics());
    }
    TypeChecker.Checked checked = TypeChecker.check(files, grammar, lexicons, values, problems);
    if (!problems.isEmpty()) {
      throw new PackException(problems.diagnostics());
    }
    return new Pack(
        packDir, grammar, lexicons, checked.facts(), checked.records(), checked.rules(),
        new CheckSet(checked.checks()), values);
  }

  /** The lexicons and the grammar built on them; null for a grammar that did not load. */
  private record GrammarPart(List<Lexicon> lexicons, PackGrammar grammar, List<Diagnostic> problems) {}

  private static GrammarPart loadGrammar(Path grammarDir, Path rulesDir, GrammarLoader.Display display) {
    List<Diagnostic> problems = new ArrayList<>();
    List<Lexicon> lexicons = List.of();
    try {
      lexicons = LexiconLoader.load(rulesDir.resolve("lexicons"), display);
    } catch (PackException e) {
      problems.addAll(e.diagnostics());
    }
    PackGrammar grammar = null;
    try {
      grammar = GrammarLoader.load(grammarDir, lexicons, display);
      grammar.prepareMatching(); // beside the rule files, not on the first document's thread
    } catch (PackException e) {
      problems.addAll(e.diagnostics());
    }
    return new GrammarPart(lexicons, grammar, problems);
  }

  /** What can run on a helper thread: a part of a load. */
  private interface Work<T> {
    T run() throws PackException;
  }

  /** {@code work}'s result, to come, from a daemon thread of its own named {@code name}. */
  private static <T> CompletableFuture<T> onThread(String name, Work<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread helper = new Thread(() -> {
      try {
        result.complete(work.run());
      } catch (Throwable t) {
        result.completeExceptionally(t);
      }
    }, name);
    helper.setDaemon(true);
    helper.start();
    return result;
  }

  /** A helper's result; what it threw is thrown here, as if this thread had run it. */
  private static <T> T join(CompletableFuture<T> part) throws PackException {
    try {
      return part.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof PackException p) {
        throw p;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static List<Path> ruleFiles(Path dir, GrammarLoader.Display display, Problems problems) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".rules") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      problems.add(List.of(Diagnostic.error(display.name(dir), 0, 0, "cannot read: " + e.getMessage())));
      return List.of();
    }
  }

  private static String read(Path f, String name, Problems problems) {
    try {
      byte[] bytes = Files.readAllBytes(f);
      String text =
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      problems.add(List.of(Diagnostic.error(name, 0, 0, "not valid UTF-8; save rule files as UTF-8")));
    } catch (IOException e) {
      problems.add(List.of(Diagnostic.error(name, 0, 0, "cannot read: " + e.getMessage())));
    }
    return null;
  }

  /** A file of the pack as the user sees it: under the pack folder as they named it. */
  static String show(Path packDir, Path file) {
    Path rel = packDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    String shown = packDir.resolve(rel).normalize().toString();
    return shown.replace(java.io.File.separatorChar, '/');
  }
}
