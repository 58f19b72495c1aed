package io.baoxun.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.Tool;
import org.antlr.v4.parse.ANTLRParser;
import org.antlr.v4.tool.ANTLRMessage;
import org.antlr.v4.tool.ANTLRToolListener;
import org.antlr.v4.tool.ast.GrammarAST;
import org.antlr.v4.tool.ast.GrammarRootAST;

/**
 * Where each parser rule of a pack's grammar is written ({@code grammar/Reports.g4:57:1}), so the
 * playground can say which grammar rule a fact came through and where to edit it. The files are
 * read with ANTLR's own grammar parser, the one that loaded the pack.
 */
final class GrammarSources {
  /** A place in a grammar file, as the user names it. */
  record Place(String file, int line, int column) {}

  private final Map<String, Place> rules;

  private GrammarSources(Map<String, Place> rules) {
    this.rules = Map.copyOf(rules);
  }

  Optional<Place> rule(String name) {
    return Optional.ofNullable(rules.get(name));
  }

  /** Reads every {@code grammar/*.g4}; a file that cannot be read or parsed names no rules. */
  static GrammarSources of(Path packDir) {
    Path dir = packDir.resolve("grammar");
    Map<String, Place> found = new LinkedHashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.toString().isEmpty() ? Path.of(".") : dir)) {
      files = s.filter(p -> p.toString().endsWith(".g4")).sorted().toList();
    } catch (IOException e) {
      return new GrammarSources(Map.of());
    }
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        continue;
      }
      Tool tool = new Tool();
      // The pack loaded, so the files parse; a listener keeps the tool from printing if one changed.
      tool.addListener(SILENT);
      GrammarRootAST ast = tool.parseGrammarFromString(text);
      if (ast == null) {
        continue;
      }
      String shown = dir.resolve(f.getFileName()).toString();
      for (GrammarAST rule : ast.getNodesWithType(ANTLRParser.RULE)) {
        GrammarAST name = (GrammarAST) rule.getChild(0);
        String n = name.getText();
        if (!n.isEmpty() && Character.isLowerCase(n.charAt(0))) {
          found.putIfAbsent(n, new Place(shown, name.getLine(), name.getCharPositionInLine() + 1));
        }
      }
    }
    return new GrammarSources(found);
  }

  private static final ANTLRToolListener SILENT =
      new ANTLRToolListener() {
        @Override
        public void info(String msg) {}

        @Override
        public void error(ANTLRMessage msg) {}

        @Override
        public void warning(ANTLRMessage msg) {}
      };
}
