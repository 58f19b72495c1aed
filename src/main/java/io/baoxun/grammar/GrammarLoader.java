package io.baoxun.grammar;

import io.baoxun.diag.Diagnostic;
import io.baoxun.diag.PackException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.v4.Tool;
import org.antlr.v4.parse.ANTLRParser;
import org.antlr.v4.tool.ANTLRMessage;
import org.antlr.v4.tool.ANTLRToolListener;
import org.antlr.v4.tool.Grammar;
import org.antlr.v4.tool.ast.GrammarAST;
import org.antlr.v4.tool.ast.GrammarRootAST;

/**
 * Loads a pack's grammar folder with ANTLR's own tool, at run time, so rule authors never generate
 * code.
 *
 * <p>The folder holds one root combined grammar and any grammars it imports. Lexicons are added to
 * the root as lexer fragments ({@code LEX_UNITS}) after the author's last line, so every line and
 * column ANTLR reports is still the author's.
 */
public final class GrammarLoader {
  private GrammarLoader() {}

  /**
   * Loads the grammar in {@code dir}.
   *
   * @param display how to show a file of the folder in diagnostics (e.g. relative to the pack)
   * @throws PackException with every error found, when the grammar cannot be used
   */
  public static PackGrammar load(Path dir, List<Lexicon> lexicons, Display display)
      throws PackException {
    return load(dir, lexicons, display, PackCache.standard());
  }

  /** As {@link #load(Path, List, Display)}, with grammars seen before kept in {@code cache}. */
  static PackGrammar load(Path dir, List<Lexicon> lexicons, Display display, Optional<PackCache> cacheIfAny)
      throws PackException {
    try {
      return loadUnguarded(dir, lexicons, display, cacheIfAny);
    } catch (StackOverflowError e) {
      // The nesting bound keeps ANTLR's recursive tool within the stack; this is the last resort.
      throw new PackException(List.of(Diagnostic.error(
          display.name(dir), 0, 0, "a grammar here is too deeply nested for ANTLR to read")));
    }
  }

  private static PackGrammar loadUnguarded(
      Path dir, List<Lexicon> lexicons, Display display, Optional<PackCache> cacheIfAny) throws PackException {
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".g4")).sorted().toList();
    } catch (IOException e) {
      throw new PackException(
          List.of(Diagnostic.error(display.name(dir), 0, 0, "cannot read grammar folder: " + e.getMessage())));
    }
    if (files.isEmpty()) {
      throw new PackException(
          List.of(Diagnostic.error(display.name(dir), 0, 0, "no .g4 grammar in this folder")));
    }

    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path f : files) {
      try {
        texts.put(f, Files.readString(f, StandardCharsets.UTF_8));
      } catch (IOException e) {
        problems.add(Diagnostic.error(display.name(f), 0, 0, "cannot read: " + e.getMessage()));
      }
    }
    // A grammar seen before loads from the cache (it passed every check below when it was
    // written); one with unreadable files never is.
    Optional<PackCache> cache = problems.isEmpty() ? cacheIfAny : Optional.empty();
    String key = cache.isPresent() ? PackCache.key(texts, lexicons, display) : null;
    Optional<PackGrammar> cached = cache.flatMap(c -> c.read(key));
    if (cached.isPresent()) {
      return cached.get();
    }

    Set<String> imported = new HashSet<>();
    Set<String> grammars = new HashSet<>();
    files.forEach(f -> grammars.add(baseName(f)));
    for (Map.Entry<Path, String> entry : texts.entrySet()) {
      Path f = entry.getKey();
      String text = entry.getValue();
      Optional<Diagnostic> deep = DeclarativeGrammar.tooDeep(text, display.name(f));
      if (deep.isPresent()) {
        problems.add(deep.get());
        continue;
      }
      Collector c = new Collector(display, texts);
      Tool probe = newTool(c, dir);
      GrammarRootAST ast = probe.parse(f.toString(), named(new ANTLRStringStream(text), f));
      problems.addAll(c.errors);
      if (ast != null) {
        imported.addAll(importsOf(ast));
        problems.addAll(DeclarativeGrammar.check(ast, display.name(f), text.lines().toList(), grammars));
      }
    }
    if (!problems.isEmpty()) {
      throw new PackException(problems);
    }

    List<Path> roots =
        files.stream().filter(f -> !imported.contains(baseName(f))).toList();
    if (roots.size() != 1) {
      throw new PackException(
          List.of(
              Diagnostic.error(
                  display.name(dir),
                  0,
                  0,
                  roots.isEmpty()
                      ? "every grammar is imported by another: no root grammar"
                      : "more than one root grammar ("
                          + String.join(", ", roots.stream().map(GrammarLoader::fileName).toList())
                          + "); import the others from one of them")));
    }
    Path root = roots.get(0);
    String rootText = texts.get(root);
    int authorLines = (int) rootText.lines().count();
    String fullText = rootText + (rootText.endsWith("\n") ? "" : "\n") + fragments(lexicons);

    Collector collector = new Collector(display, texts);
    collector.rootFile = root.toString();
    collector.authorLines = authorLines;
    collector.lexicons = lexicons;
    Tool tool = newTool(collector, dir);
    GrammarRootAST ast = tool.parse(root.toString(), named(new ANTLRStringStream(fullText), root));
    Grammar g = null;
    if (ast != null && collector.errors.isEmpty()) {
      if (ast.grammarType != ANTLRParser.COMBINED) {
        collector.errors.add(
            Diagnostic.error(
                display.name(root), 1, 1, "the root grammar must be a combined grammar (grammar X;)"));
      } else {
        g = tool.createGrammar(ast);
        g.fileName = root.toString();
        tool.process(g, false);
      }
    }
    if (!collector.errors.isEmpty() || g == null) {
      throw new PackException(collector.errors);
    }
    PackGrammar loaded = PackGrammar.of(g, display.name(root), collector.warnings);
    cache.ifPresent(c -> {
      c.write(key, loaded);
      loaded.attachCache(c, key);
    });
    return loaded;
  }

  private static Tool newTool(ANTLRToolListener listener, Path dir) {
    Tool tool = new Tool();
    tool.removeListeners();
    tool.addListener(listener);
    // Imports are looked for beside the importing grammar, then here: never the working folder.
    tool.libDirectory = dir.toString();
    return tool;
  }

  /** Syntax errors take their file name from the stream. */
  private static ANTLRStringStream named(ANTLRStringStream s, Path file) {
    s.name = file.toString();
    return s;
  }

  private static Set<String> importsOf(GrammarRootAST ast) {
    Set<String> names = new HashSet<>();
    GrammarAST imports = (GrammarAST) ast.getFirstChildWithType(ANTLRParser.IMPORT);
    if (imports != null) {
      for (int i = 0; i < imports.getChildCount(); i++) {
        GrammarAST t = (GrammarAST) imports.getChild(i);
        // "import A;" gives ID, "import x=A;" gives ASSIGN(ID, ID).
        names.add(t.getType() == ANTLRParser.ASSIGN ? t.getChild(1).getText() : t.getText());
      }
    }
    return names;
  }

  /** The lexer fragments that stand for the lexicons, longest entries first for readability. */
  static String fragments(List<Lexicon> lexicons) {
    StringBuilder b = new StringBuilder();
    for (Lexicon lex : lexicons) {
      b.append("fragment ").append(lex.fragmentName()).append(" : ");
      List<String> entries =
          lex.entries().stream()
              .filter(e -> !e.isEmpty())
              .distinct()
              .sorted((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y))
              .toList();
      if (entries.isEmpty()) {
        // A fragment must match something; an empty lexicon matches a character no text holds.
        b.append("'\\uFFFF'");
      }
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          b.append(" | ");
        }
        b.append(literal(entries.get(i)));
      }
      b.append(" ;\n");
    }
    return b.toString();
  }

  private static String literal(String s) {
    StringBuilder b = new StringBuilder("'");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\'' -> b.append("\\'");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.appendCodePoint(c);
              }
            });
    return b.append('\'').toString();
  }

  private static String baseName(Path f) {
    String n = fileName(f);
    return n.substring(0, n.length() - ".g4".length());
  }

  private static String fileName(Path f) {
    return f.getFileName().toString();
  }

  /** How to name a path of the pack in a diagnostic. */
  @FunctionalInterface
  public interface Display {
    String name(Path p);
  }

  /** Turns ANTLR's messages into diagnostics at the author's file, line and column. */
  private static final class Collector implements ANTLRToolListener {
    private static final java.util.regex.Pattern UNDEFINED_LEXICON =
        java.util.regex.Pattern.compile("reference to undefined rule: LEX_([A-Z0-9_]+)");
    final Display display;
    final Map<Path, String> texts;
    final List<Diagnostic> errors = new ArrayList<>();
    final List<Diagnostic> warnings = new ArrayList<>();
    String rootFile;
    int authorLines = Integer.MAX_VALUE;
    List<Lexicon> lexicons = List.of();

    Collector(Display display, Map<Path, String> texts) {
      this.display = display;
      this.texts = texts;
    }

    @Override
    public void info(String msg) {}

    @Override
    public void error(ANTLRMessage msg) {
      errors.add(toDiagnostic(msg, Diagnostic.Severity.ERROR));
    }

    @Override
    public void warning(ANTLRMessage msg) {
      if (msg.getErrorType() == org.antlr.v4.tool.ErrorType.EPSILON_TOKEN) {
        // The lexer would stop on such a token forever, making empty tokens until memory runs out.
        Diagnostic d = toDiagnostic(msg, Diagnostic.Severity.ERROR);
        errors.add(new Diagnostic(d.severity(), d.file(), d.line(), d.column(),
            d.message() + "; a token must take at least one character", d.sourceLine()));
        return;
      }
      warnings.add(toDiagnostic(msg, Diagnostic.Severity.WARNING));
    }

    private Diagnostic toDiagnostic(ANTLRMessage msg, Diagnostic.Severity severity) {
      String text = msg.getMessageTemplate(false).render();
      String file = msg.fileName == null ? rootFile : msg.fileName;
      if (file == null) {
        return new Diagnostic(severity, "grammar", 0, 0, text, Optional.empty());
      }
      Path path = Path.of(file);
      int line = Math.max(msg.line, 0);
      int column = msg.charPosition >= 0 && line > 0 ? msg.charPosition + 1 : 0;
      if (file.equals(rootFile) && line > authorLines) {
        // A problem inside the generated lexicon fragments: blame the lexicon, not a line the
        // author never wrote.
        return new Diagnostic(severity, display.name(path), 0, 0, "in a lexicon: " + text, Optional.empty());
      }
      java.util.regex.Matcher m = UNDEFINED_LEXICON.matcher(text);
      if (m.find()) {
        text = "unknown lexicon '" + m.group(1).toLowerCase(java.util.Locale.ROOT)
            + "' (no lexicons/ file of that name)";
      }
      Diagnostic d = new Diagnostic(severity, display.name(path), line, column, text, Optional.empty());
      String src = texts.get(path);
      if (src != null && line > 0) {
        List<String> lines = src.lines().toList();
        if (line <= lines.size()) {
          d = d.withSourceLine(lines.get(line - 1));
        }
      }
      return d;
    }
  }
}
