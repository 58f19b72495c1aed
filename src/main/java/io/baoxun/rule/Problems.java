package io.baoxun.rule;

import io.baoxun.diag.Diagnostic;
import io.baoxun.rule.ast.Pos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of a pack as diagnostics with their source line, so that loading reports
 * every problem at once (JavaParser's results-with-problems, not exceptions).
 */
final class Problems {
  private final Map<String, List<String>> sources = new HashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Registers a file's text so diagnostics in it can show their line. */
  void addSource(String file, String text) {
    sources.put(file, text.lines().toList());
  }

  void error(Pos pos, String message) {
    // A message quotes the author's expressions, which may span lines; a diagnostic is one line.
    Diagnostic d = Diagnostic.error(pos.file(), pos.line(), pos.column(), message.replaceAll("\\s*\\R\\s*", " "));
    List<String> lines = sources.get(pos.file());
    if (lines != null && pos.line() >= 1 && pos.line() <= lines.size()) {
      d = d.withSourceLine(lines.get(pos.line() - 1));
    }
    // Error recovery can report one place twice; once is enough.
    if (!diagnostics.contains(d)) {
      diagnostics.add(d);
    }
  }

  void add(List<Diagnostic> ds) {
    diagnostics.addAll(ds);
  }

  /** Adds problems found before the ones already here, which they are to be listed ahead of. */
  void addFirst(List<Diagnostic> ds) {
    diagnostics.addAll(0, ds);
  }

  boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  int size() {
    return diagnostics.size();
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
